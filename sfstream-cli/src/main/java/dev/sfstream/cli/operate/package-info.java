/** What the operator commands ({@code tail}, {@code topics}, {@code replay}, {@code publish}, {@code dead-letters}) share: the config file, the org connection, Redis and one-line errors. */
package dev.sfstream.cli.operate;
