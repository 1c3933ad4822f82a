package dev.sfstream.bench.report;

import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.scenario.BenchSettings;
import dev.sfstream.bench.scenario.CatchUpResult;
import dev.sfstream.bench.scenario.LatencyResult;
import dev.sfstream.bench.scenario.ThroughputResult;
import dev.sfstream.harness.MachineDescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, with the machine it ran on.
 *
 * @param startedAt when the run started (ISO-8601)
 * @param machine the machine
 * @param settings the run's parameters
 * @param throughput per client configuration, its median run
 * @param throughputRuns every throughput run, in the order they ran
 * @param latency one result per client configuration
 * @param catchUp per client configuration, its median run
 * @param catchUpRuns every catch-up run, in the order they ran
 * @param fresh every run of the fresh-JVM scenarios (the headline and the Pub/Sub lines)
 */
public record BenchReport(String startedAt, MachineDescription machine, BenchSettingsView settings,
                          List<ThroughputResult> throughput, List<ThroughputResult> throughputRuns,
                          List<LatencyResult> latency,
                          List<CatchUpResult> catchUp, List<CatchUpResult> catchUpRuns, FreshResults fresh) {

    /** The baseline configuration's name. */
    public static final String BASELINE = "bare-cometd";

    /** Throughput of each configuration divided by the baseline's, e.g. {@code sfstream-redis -> 0.93}. */
    public Map<String, Double> throughputRatios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Optional<ThroughputResult> base = throughput.stream().filter(r -> r.client().equals(BASELINE)).findFirst();
        base.ifPresent(b -> throughput.stream().filter(r -> !r.client().equals(BASELINE))
                .forEach(r -> ratios.put(r.client(), r.eventsPerSecond() / b.eventsPerSecond())));
        return ratios;
    }

    /** Catch-up events/s of each configuration divided by the baseline's. */
    public Map<String, Double> catchUpRatios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Optional<CatchUpResult> base = catchUp.stream().filter(r -> r.client().equals(BASELINE)).findFirst();
        base.ifPresent(b -> catchUp.stream().filter(r -> !r.client().equals(BASELINE))
                .forEach(r -> ratios.put(r.client(), r.eventsPerSecond() / b.eventsPerSecond())));
        return ratios;
    }

    /**
     * The settings as they appear in results (the log directory is left out).
     *
     * @param events events per throughput burst
     * @param warmupEvents warm-up events before each measurement
     * @param ratePerSecond latency scenario rate
     * @param rateSeconds latency scenario duration
     * @param catchUpEvents catch-up events
     */
    public record BenchSettingsView(int events, int warmupEvents, int ratePerSecond, int rateSeconds,
                                    int catchUpEvents) {
        public static BenchSettingsView of(BenchSettings settings) {
            return new BenchSettingsView(settings.events(), settings.warmupEvents(), settings.ratePerSecond(),
                    settings.rateSeconds(), settings.catchUpEvents());
        }
    }
}
