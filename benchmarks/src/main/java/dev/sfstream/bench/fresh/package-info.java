/**
 * The fresh-JVM scenarios: each run starts one client in a JVM of its own ({@code sfstream run}, the bare CometD
 * client, Apache Camel) against one warm emulator, waits for its probe's report, reads {@code /proc}, stops it;
 * rounds interleave the clients; summaries and tables of the runs.
 */
package dev.sfstream.bench.fresh;
