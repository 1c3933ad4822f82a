package dev.sfstream.bench.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast a client replays what was retained while it was down.
 *
 * @param client the configuration's name
 * @param events events retained while down
 * @param seconds from start to the last handled event (login, handshake and subscribe included)
 * @param eventsPerSecond events handled per second over that time
 */
public record CatchUpResult(String client, int events, double seconds, double eventsPerSecond) {

    /** For each client, in first-seen order, its run with the median events/s. */
    public static List<CatchUpResult> medians(List<CatchUpResult> runs) {
        Map<String, List<CatchUpResult>> byClient = new LinkedHashMap<>();
        runs.forEach(run -> byClient.computeIfAbsent(run.client(), c -> new ArrayList<>()).add(run));
        List<CatchUpResult> medians = new ArrayList<>();
        byClient.values().forEach(list -> {
            List<CatchUpResult> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble(CatchUpResult::eventsPerSecond));
            medians.add(sorted.get(sorted.size() / 2));
        });
        return medians;
    }
}
