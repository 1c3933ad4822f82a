package dev.sfstream.bench.report;

import dev.sfstream.bench.scenario.CatchUpResult;
import dev.sfstream.bench.scenario.LatencyResult;
import dev.sfstream.bench.scenario.ThroughputResult;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link BenchReport} as the Markdown the README quotes. */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    public static String render(BenchReport report, String reproduce) {
        StringBuilder md = new StringBuilder();
        md.append("# sfstream benchmark results\n\n");
        md.append("Run started ").append(report.startedAt()).append(" on ").append(report.machine().summary())
                .append(".\n\nReproduce: `").append(reproduce).append("`\n\n");
        md.append("## Throughput (").append(fmt(report.settings().events())).append(" PushTopic events, burst)\n\n");
        md.append("| client | events/s | vs bare CometD | emulator publishing (s) | CPU µs/event | allocated B/event"
                + " | GCs | heap after (MiB) | Redis commands / 1,000 events |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Double> ratios = report.throughputRatios();
        for (ThroughputResult r : report.throughput()) {
            md.append("| ").append(r.client()).append(" | ").append(fmt(Math.round(r.eventsPerSecond())))
                    .append(" | ").append(ratios.containsKey(r.client()) ? num(ratios.get(r.client()), 2) : "1.00 (baseline)")
                    .append(" | ").append(num(r.publishSeconds(), 2))
                    .append(" | ").append(num(r.cost().cpuMicros(), 1)).append(" | ")
                    .append(fmt(Math.round(r.cost().allocatedBytes()))).append(" | ").append(r.cost().gcCount())
                    .append(" | ").append(num(r.heapAfterMiB(), 1)).append(" | ")
                    .append(r.redisCalls().isEmpty() ? "–" : num(r.redisCommandsPer1000(), 2) + " " + r.redisCalls())
                    .append(" |\n");
        }
        if (report.throughputRuns().size() > report.throughput().size()) {
            md.append("\nEach row is the median of the runs; every run, in order (events/s): ");
            md.append(String.join(", ", report.throughputRuns().stream()
                    .map(r -> r.client() + " " + fmt(Math.round(r.eventsPerSecond()))).toList())).append(".\n");
        }
        if (!report.latency().isEmpty()) {
            LatencyResult first = report.latency().get(0);
            md.append("\n## Publish-to-handler latency (").append(fmt(first.ratePerSecond())).append(" events/s for ")
                    .append(first.seconds()).append(" s)\n\n");
            md.append("| client | p50 ms | p90 ms | p99 ms | max ms | mean ms | CPU µs/event | allocated B/event |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (LatencyResult r : report.latency()) {
                md.append("| ").append(r.client()).append(" | ").append(num(r.summary().p50Millis(), 2)).append(" | ")
                        .append(num(r.summary().p90Millis(), 2)).append(" | ").append(num(r.summary().p99Millis(), 2))
                        .append(" | ").append(num(r.summary().maxMillis(), 2)).append(" | ")
                        .append(num(r.summary().meanMillis(), 2)).append(" | ").append(num(r.cost().cpuMicros(), 1))
                        .append(" | ").append(fmt(Math.round(r.cost().allocatedBytes()))).append(" |\n");
            }
        }
        if (!report.catchUp().isEmpty()) {
            md.append("\n## Catch-up (").append(fmt(report.catchUp().get(0).events()))
                    .append(" events retained while the client was down)\n\n");
            md.append("| client | seconds from start to last event | events/s | vs bare CometD |\n|---|---:|---:|---:|\n");
            Map<String, Double> catchUpRatios = report.catchUpRatios();
            for (CatchUpResult r : report.catchUp()) {
                md.append("| ").append(r.client()).append(" | ").append(num(r.seconds(), 2)).append(" | ")
                        .append(fmt(Math.round(r.eventsPerSecond()))).append(" | ")
                        .append(catchUpRatios.containsKey(r.client()) ? num(catchUpRatios.get(r.client()), 2)
                                : "1.00 (baseline)").append(" |\n");
            }
        }
        if (report.catchUpRuns().size() > report.catchUp().size()) {
            md.append("\nEach row is the median of the runs; every run, in order (events/s): ");
            md.append(String.join(", ", report.catchUpRuns().stream()
                    .map(r -> r.client() + " " + fmt(Math.round(r.eventsPerSecond()))).toList())).append(".\n");
        }
        md.append("\nCharts: `throughput.png`, `latency.png`. Raw numbers: `benchmark.json`.\n");
        return md.toString();
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String fmt(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
