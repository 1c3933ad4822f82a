/**
 * What runs inside each measured client JVM of the fresh-JVM scenarios (the {@code sfstream run} service, the bare
 * CometD client, Apache Camel): {@link dev.sfstream.bench.probe.EventProbe} counts the events a handler got and,
 * at the last one, writes the JVM's own figures to a file the harness reads. JDK classes only, so that the same
 * probe runs on every client's class path.
 */
package dev.sfstream.bench.probe;
