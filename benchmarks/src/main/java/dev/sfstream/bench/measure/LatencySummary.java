package dev.sfstream.bench.measure;

import java.util.Arrays;

/**
 * Percentiles of publish-to-handler latency, in milliseconds.
 *
 * @param samples events measured
 * @param p50Millis median
 * @param p90Millis 90th percentile
 * @param p99Millis 99th percentile
 * @param maxMillis slowest event
 * @param meanMillis average
 */
public record LatencySummary(int samples, double p50Millis, double p90Millis, double p99Millis, double maxMillis,
                             double meanMillis) {

    /** Summarises latencies given in microseconds (sorted in place). */
    public static LatencySummary ofMicros(long[] micros) {
        if (micros.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(micros);
        double mean = Arrays.stream(micros).average().orElse(Double.NaN) / 1000.0;
        return new LatencySummary(micros.length, percentile(micros, 50), percentile(micros, 90),
                percentile(micros, 99), micros[micros.length - 1] / 1000.0, mean);
    }

    /** The nearest-rank percentile of sorted microseconds, in milliseconds. */
    public static double percentile(long[] sortedMicros, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, rank - 1))] / 1000.0;
    }
}
