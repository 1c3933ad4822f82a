/**
 * The benchmark command: sfstream against a bare CometD client on the same emulator, in the same run, with
 * results under {@code benchmarks/results/}. Run it with {@code benchmarks/run bench}; it never runs in
 * {@code mvn verify}.
 */
package dev.sfstream.bench;
