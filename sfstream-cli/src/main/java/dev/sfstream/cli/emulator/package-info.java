/** The {@code sfstream emulator} command. */
package dev.sfstream.cli.emulator;
