package dev.sfstream.bench.scenario;

import dev.sfstream.bench.measure.LatencySummary;
import dev.sfstream.bench.measure.ProcessCost.CostPerEvent;
import java.util.List;

/**
 * One client's publish-to-handler latency at a fixed rate.
 *
 * @param client the configuration's name
 * @param ratePerSecond events published per second
 * @param seconds how long the rate was held
 * @param summary the percentiles
 * @param percentiles latency at each whole percentile 0..100, in ms, for the plot
 * @param cost CPU and allocation per event at this rate
 */
public record LatencyResult(String client, int ratePerSecond, int seconds, LatencySummary summary,
                            List<Double> percentiles, CostPerEvent cost) {
}
