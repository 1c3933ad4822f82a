package dev.sfstream.bench.scenario;

import dev.sfstream.bench.measure.ProcessCost.CostPerEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's burst throughput and cost.
 *
 * @param client the configuration's name
 * @param events events published in the burst
 * @param seconds from the burst command to the last handled event
 * @param eventsPerSecond events handled per second
 * @param publishSeconds how long the emulator took to publish the burst (a floor under {@code seconds})
 * @param cost CPU and allocation per event in the client JVM
 * @param heapAfterMiB client JVM heap after a full GC, client still running
 * @param redisCalls Redis command calls during the burst (empty without Redis)
 * @param redisCommandsPer1000 Redis commands per 1,000 events (0 without Redis)
 */
public record ThroughputResult(String client, int events, double seconds, double eventsPerSecond, double publishSeconds,
                               CostPerEvent cost,
                               double heapAfterMiB, Map<String, Long> redisCalls, double redisCommandsPer1000) {

    /** For each client, in first-seen order, its run with the median events/s. */
    public static List<ThroughputResult> medians(List<ThroughputResult> runs) {
        Map<String, List<ThroughputResult>> byClient = new LinkedHashMap<>();
        runs.forEach(run -> byClient.computeIfAbsent(run.client(), c -> new ArrayList<>()).add(run));
        List<ThroughputResult> medians = new ArrayList<>();
        byClient.values().forEach(list -> {
            List<ThroughputResult> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble(ThroughputResult::eventsPerSecond));
            medians.add(sorted.get(sorted.size() / 2));
        });
        return medians;
    }
}
