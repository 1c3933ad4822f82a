/**
 * The emulator in a child JVM, so that the measured JVM holds only the client: {@link
 * dev.sfstream.bench.emulator.EmulatorHost} runs there and publishes on command, {@link
 * dev.sfstream.bench.emulator.RemoteEmulator} drives it from the benchmark.
 */
package dev.sfstream.bench.emulator;
