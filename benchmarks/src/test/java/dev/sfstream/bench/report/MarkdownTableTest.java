package dev.sfstream.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.measure.ProcessCost.CostPerEvent;
import dev.sfstream.bench.scenario.ThroughputResult;
import dev.sfstream.harness.MachineDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void theTableShowsEachClientWithItsRatioToTheBareClient() {
        ThroughputResult bare = new ThroughputResult("bare-cometd", 1000, 1, 10_000, 0.5, new CostPerEvent(3000, 20, 1, 5),
                10, Map.of(), 0);
        ThroughputResult redis = new ThroughputResult("sfstream-redis", 1000, 1, 9_500, 0.5,
                new CostPerEvent(4000, 25, 1, 5), 12, Map.of("set", 3L), 3);
        BenchReport report = new BenchReport("2026-01-01T00:00:00Z", MachineDescription.current(),
                new BenchReport.BenchSettingsView(1000, 10, 1000, 60, 1000), List.of(bare, redis), List.of(bare, redis),
                List.of(), List.of(), List.of(), FreshResults.none());

        String markdown = MarkdownTable.render(report, "benchmarks/run bench");

        assertThat(report.throughputRatios()).containsEntry("sfstream-redis", 0.95);
        assertThat(markdown).contains("| sfstream-redis | 9,500 | 0.95 |").contains("3.00 {set=3}")
                .contains("`benchmarks/run bench`");
    }
}
