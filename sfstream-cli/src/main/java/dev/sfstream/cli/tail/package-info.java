/** {@code sfstream tail CHANNEL}: prints a channel's events as they arrive. */
package dev.sfstream.cli.tail;
