package dev.sfstream.bench.fresh;

import java.util.List;

/**
 * Every run of the fresh-JVM scenarios, in the order they ran (empty for a scenario that did not run).
 *
 * @param serviceCatchUp the headline: PushTopic catch-up by {@code sfstream run}, the bare client and Camel
 * @param pubSubCatchUp platform event catch-up by {@code sfstream run} over Pub/Sub and over CometD
 * @param pubSubLatency latency at a fixed rate by {@code sfstream run} over Pub/Sub
 */
public record FreshResults(List<FreshRun> serviceCatchUp, List<FreshRun> pubSubCatchUp, List<FreshRun> pubSubLatency) {
    public FreshResults {
        serviceCatchUp = List.copyOf(serviceCatchUp);
        pubSubCatchUp = List.copyOf(pubSubCatchUp);
        pubSubLatency = List.copyOf(pubSubLatency);
    }

    /** No runs at all. */
    public static FreshResults none() {
        return new FreshResults(List.of(), List.of(), List.of());
    }
}
