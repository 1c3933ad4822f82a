/**
 * The services the fresh-JVM scenarios run with {@code sfstream run}, as a user would: a handler on the benchmark
 * channel that hands each event to the {@link dev.sfstream.bench.probe.EventProbe}, a {@code @Dependency} served by
 * {@link dev.sfstream.bench.service.ProbeProvider}. The harness copies these classes, the probe's and a
 * {@code META-INF/services} entry for the provider into a directory given to {@code sfstream run --classpath}.
 */
package dev.sfstream.bench.service;
