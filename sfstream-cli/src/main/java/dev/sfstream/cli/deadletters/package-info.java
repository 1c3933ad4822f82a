/** {@code sfstream dead-letters list | retry | purge}: the Redis list of events no handler could take. */
package dev.sfstream.cli.deadletters;
