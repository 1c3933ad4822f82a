package dev.sfstream.bench.report;

import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.fresh.FreshTable;
import dev.sfstream.bench.scenario.CatchUpResult;
import dev.sfstream.bench.scenario.LatencyResult;
import dev.sfstream.bench.scenario.ThroughputResult;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link BenchReport} as the Markdown the README quotes. */
public final class MarkdownTable {
    private static final String BASELINE = BenchReport.BASELINE;

    private MarkdownTable() {
    }

    public static String render(BenchReport report, String reproduce) {
        StringBuilder md = new StringBuilder();
        md.append("# sfstream benchmark results\n\n");
        md.append("Run started ").append(report.startedAt()).append(" on ").append(report.machine().summary())
                .append(".\n\nReproduce: `").append(reproduce).append("`\n\n");
        md.append(freshSections(report));
        if (report.throughputRuns().isEmpty() && report.latency().isEmpty() && report.catchUpRuns().isEmpty()) {
            return md.append("\nRaw numbers: `benchmark.json`.\n").toString();
        }
        md.append("## Secondary: the `StreamingSession` API in one warm JVM\n\n")
                .append("The lines below measure sfstream's session API, not `sfstream run`: every client runs in the"
                        + " benchmark's own long-lived JVM (warmed up before each measurement) against a fresh emulator"
                        + " child per measurement.\n\n");
        if (!report.throughputRuns().isEmpty()) {
            appendThroughput(md, report);
        }
        return appendWarmSections(md, report);
    }

    private static void appendThroughput(StringBuilder md, BenchReport report) {
        md.append("### Throughput (").append(fmt(report.settings().events())).append(" PushTopic events, burst)\n\n");
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
    }

    private static String appendWarmSections(StringBuilder md, BenchReport report) {
        if (!report.latency().isEmpty()) {
            LatencyResult first = report.latency().get(0);
            md.append("\n### Publish-to-handler latency (").append(fmt(first.ratePerSecond())).append(" events/s for ")
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
            md.append("\n### Catch-up (").append(fmt(report.catchUp().get(0).events()))
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
        md.append("\nCharts: `throughput.png`, `latency.png`, `catchup.png`. Raw numbers: `benchmark.json`.\n");
        return md.toString();
    }

    /** The headline and the Pub/Sub lines (the fresh-JVM scenarios that ran), also printed at the end of a run. */
    public static String freshSections(BenchReport report) {
        FreshResults fresh = report.fresh();
        StringBuilder md = new StringBuilder();
        if (!fresh.serviceCatchUp().isEmpty()) {
            md.append("## Headline: catch-up by the service, fresh JVMs, one warm emulator\n\n")
                    .append(fmt(fresh.serviceCatchUp().get(0).events()))
                    .append(" retained PushTopic events replayed with -2 by each client in a fresh JVM; receive time ="
                            + " first to last event at the handler (lower is better).\n\n")
                    .append(FreshTable.catchUp(fresh.serviceCatchUp(), BASELINE)).append('\n')
                    .append(FreshTable.everyRun(fresh.serviceCatchUp())).append("\nChart: `service-catchup.png`.\n\n");
        }
        if (!fresh.pubSubCatchUp().isEmpty()) {
            md.append("## Pub/Sub: catch-up by the service, fresh JVMs, one warm emulator\n\n")
                    .append(fmt(fresh.pubSubCatchUp().get(0).events()))
                    .append(" retained platform events of the same channel replayed from the earliest by `sfstream run`"
                            + " over CometD and over Pub/Sub (goal: Pub/Sub's events/s at least 2× CometD's, i.e. a"
                            + " receive time ratio of at most 0.50).\n\n")
                    .append(FreshTable.catchUp(fresh.pubSubCatchUp(), "sfstream-run-cometd")).append('\n')
                    .append(FreshTable.everyRun(fresh.pubSubCatchUp())).append("\nChart: `pubsub-catchup.png`.\n\n");
        }
        if (!fresh.pubSubLatency().isEmpty()) {
            md.append("## Pub/Sub: publish-to-handler latency by the service, fresh JVMs\n\n")
                    .append(fmt(report.settings().ratePerSecond())).append(" platform events/s for ")
                    .append(report.settings().rateSeconds())
                    .append(" s to `sfstream run` (subscribed to new events, warmed up first) over each transport"
                            + " (goal: p50 < 5 ms).\n\n")
                    .append(FreshTable.latency(fresh.pubSubLatency())).append('\n');
        }
        return md.toString();
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String fmt(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
