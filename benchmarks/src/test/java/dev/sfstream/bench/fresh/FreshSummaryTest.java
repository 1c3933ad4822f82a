package dev.sfstream.bench.fresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreshSummaryTest {
    @Test
    void aRunsFiguresComeFromItsProbeReportAndProcStatus() {
        ProbeReport probe = new ProbeReport(100_000, 42, 3_000_000, 5_000_000, 1_000_000_000L, 4_000_000_000L,
                50_000_000, 400_000_000, 3, -1, -1);

        FreshRun run = FreshRun.of("sfstream-run", 0, 1_800_000, probe, new ProcStatus(30_000, 5_000, 262_144),
                1.5);

        assertThat(run.receiveSeconds()).isEqualTo(2.0);
        assertThat(run.eventsPerSecond()).isEqualTo(50_000);
        assertThat(run.startToFirstSeconds()).isEqualTo(1.2);
        assertThat(run.cpuSeconds()).isEqualTo(4.0);
        assertThat(run.allocatedBytesPerEvent()).isEqualTo(3_500);
        assertThat(run.switches()).isEqualTo(35_000);
        assertThat(run.peakRssMiB()).isEqualTo(256);
        assertThat(run.latencyP50Millis()).isNaN();
        assertThat(run.loadAverage()).isEqualTo(1.5);
    }

    @Test
    void eachClientsMedianAndRangeAndTheRatioToTheBaselinesMedian() {
        List<FreshRun> runs = List.of(run("bare-cometd", 1.0), run("sfstream-run", 1.5), run("bare-cometd", 1.2),
                run("sfstream-run", 1.8), run("bare-cometd", 1.1), run("sfstream-run", 1.7));

        List<FreshSummary> summaries = FreshSummary.of(runs);

        assertThat(summaries).extracting(FreshSummary::client).containsExactly("bare-cometd", "sfstream-run");
        FreshSummary bare = summaries.get(0);
        FreshSummary service = summaries.get(1);
        assertThat(service.receiveSeconds()).isEqualTo(1.7);
        assertThat(service.receiveLow()).isEqualTo(1.5);
        assertThat(service.receiveHigh()).isEqualTo(1.8);
        assertThat(service.receiveRatio(bare)).isCloseTo(1.7 / 1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(FreshTable.catchUp(runs, "bare-cometd")).contains("| sfstream-run | 1.55 (1.36–1.64) |")
                .contains("| bare-cometd | 1.00 (baseline) |");
    }

    @Test
    void roundsRotateTheOrderOfTheClients() {
        assertThat(FreshScenarios.rotated(List.of("a", "b", "c"), 0)).containsExactly("a", "b", "c");
        assertThat(FreshScenarios.rotated(List.of("a", "b", "c"), 1)).containsExactly("b", "c", "a");
        assertThat(FreshScenarios.rotated(List.of("a", "b", "c"), 5)).containsExactly("c", "a", "b");
    }

    private static FreshRun run(String client, double receiveSeconds) {
        return new FreshRun(client, 0, 100_000, receiveSeconds, 100_000 / receiveSeconds, 1, 3, 3000, 100, 10, 200, 1,
                Double.NaN, Double.NaN, 1.0);
    }
}
