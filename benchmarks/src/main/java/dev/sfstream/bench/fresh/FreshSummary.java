package dev.sfstream.bench.fresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One client's runs of a fresh-JVM scenario, summarised: the median of each figure and, for the time figures, the
 * lowest and highest run.
 *
 * @param client the client's name
 * @param runs how many runs
 * @param receiveSeconds median receive time (first to last event)
 * @param receiveLow fastest run's receive time
 * @param receiveHigh slowest run's receive time
 * @param eventsPerSecond median events/s over the receive time
 * @param startToFirstSeconds median time from spawn to the first event
 * @param startToFirstLow lowest of those
 * @param startToFirstHigh highest of those
 * @param cpuSeconds median process CPU time up to the last event
 * @param allocatedBytesPerEvent median allocation per event (first to last event)
 * @param switches median context switches (voluntary + involuntary)
 * @param voluntarySwitches median voluntary context switches
 * @param peakRssMiB median peak RSS
 * @param latencyP50Millis median of the runs' p50 latency (NaN when not measured)
 * @param latencyP99Millis median of the runs' p99 latency
 */
public record FreshSummary(String client, int runs, double receiveSeconds, double receiveLow, double receiveHigh,
                           double eventsPerSecond, double startToFirstSeconds, double startToFirstLow,
                           double startToFirstHigh, double cpuSeconds, double allocatedBytesPerEvent, double switches,
                           double voluntarySwitches, double peakRssMiB, double latencyP50Millis,
                           double latencyP99Millis) {

    /** One summary per client, in the order the clients first ran. */
    public static List<FreshSummary> of(List<FreshRun> runs) {
        Map<String, List<FreshRun>> byClient = new LinkedHashMap<>();
        runs.forEach(run -> byClient.computeIfAbsent(run.client(), c -> new ArrayList<>()).add(run));
        List<FreshSummary> summaries = new ArrayList<>();
        byClient.forEach((client, list) -> summaries.add(new FreshSummary(client, list.size(),
                median(list, FreshRun::receiveSeconds), min(list, FreshRun::receiveSeconds),
                max(list, FreshRun::receiveSeconds), median(list, FreshRun::eventsPerSecond),
                median(list, FreshRun::startToFirstSeconds), min(list, FreshRun::startToFirstSeconds),
                max(list, FreshRun::startToFirstSeconds), median(list, FreshRun::cpuSeconds),
                median(list, FreshRun::allocatedBytesPerEvent), median(list, r -> r.switches()),
                median(list, r -> r.voluntarySwitches()), median(list, FreshRun::peakRssMiB),
                median(list, FreshRun::latencyP50Millis), median(list, FreshRun::latencyP99Millis))));
        return summaries;
    }

    /** This client's median receive time over {@code baseline}'s. */
    public double receiveRatio(FreshSummary baseline) {
        return receiveSeconds / baseline.receiveSeconds();
    }

    /** The median of a figure over runs (the mean of the middle two for an even count). */
    public static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double min(List<FreshRun> runs, ToDoubleFunction<FreshRun> figure) {
        return runs.stream().mapToDouble(figure).min().orElse(Double.NaN);
    }

    private static double max(List<FreshRun> runs, ToDoubleFunction<FreshRun> figure) {
        return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
    }
}
