package dev.sfstream.bench.scenario;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Parameters of a benchmark run.
 *
 * @param events events per throughput burst
 * @param warmupEvents events handled before each measurement, to warm up the JIT and the connections
 * @param ratePerSecond the latency scenario's publish rate
 * @param rateSeconds how long the latency scenario publishes
 * @param catchUpEvents events retained while the client is down
 * @param emulatorHeap the emulator child JVM's {@code -Xmx}
 * @param timeout the longest any single wait may take
 * @param logDirectory where the emulator child logs go
 * @param repeat how many times each throughput measurement runs (configurations interleaved; the median is kept)
 * @param catchUpMaxMessageBytes the largest response the clients accept in the catch-up scenario
 */
public record BenchSettings(int events, int warmupEvents, int ratePerSecond, int rateSeconds, int catchUpEvents,
                            String emulatorHeap, Duration timeout, Path logDirectory, int repeat,
                            int catchUpMaxMessageBytes) {
}
