package dev.sfstream.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {
    @Test
    void percentilesUseTheNearestRankInMilliseconds() {
        long[] micros = LongStream.rangeClosed(1, 1000).map(i -> i * 1000).toArray();

        LatencySummary summary = LatencySummary.ofMicros(micros);

        assertThat(summary.samples()).isEqualTo(1000);
        assertThat(summary.p50Millis()).isEqualTo(500.0);
        assertThat(summary.p90Millis()).isEqualTo(900.0);
        assertThat(summary.p99Millis()).isEqualTo(990.0);
        assertThat(summary.maxMillis()).isEqualTo(1000.0);
        assertThat(summary.meanMillis()).isEqualTo(500.5);
    }

    @Test
    void noSamplesGiveNoNumbers() {
        assertThat(LatencySummary.ofMicros(new long[0]).p50Millis()).isNaN();
    }
}
