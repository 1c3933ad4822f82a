package dev.sfstream.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.bench.measure.ProcessCost.CostPerEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputResultTest {
    @Test
    void theMedianRunOfEachClientIsKeptInFirstSeenOrder() {
        List<ThroughputResult> runs = List.of(run("bare", 100), run("redis", 90), run("bare", 300), run("redis", 80),
                run("bare", 200), run("redis", 70));

        assertThat(ThroughputResult.medians(runs)).extracting(ThroughputResult::client, ThroughputResult::eventsPerSecond)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bare", 200.0),
                        org.assertj.core.groups.Tuple.tuple("redis", 80.0));
    }

    private static ThroughputResult run(String client, double eventsPerSecond) {
        return new ThroughputResult(client, 1000, 1000 / eventsPerSecond, eventsPerSecond, 0.1,
                new CostPerEvent(0, 0, 0, 0), 0, Map.of(), 0);
    }
}
