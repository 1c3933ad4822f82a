/** How the command line logs: its console configuration, made in code. */
package dev.sfstream.cli.logging;
