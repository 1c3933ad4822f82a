/** {@code sfstream run}: runs service classes from a config file until Ctrl-C or SIGTERM, like {@code nameko run}. */
package dev.sfstream.cli.run;
