/** The subscribers compared by the benchmarks: a bare CometD client (the ceiling) and sfstream. */
package dev.sfstream.bench.client;
