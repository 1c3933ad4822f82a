/** What the benchmarks measure, from the JVM's own counters: arrivals, latency, CPU, allocation, heap, Redis calls. */
package dev.sfstream.bench.measure;
