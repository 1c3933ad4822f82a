package dev.sfstream.bench.fresh;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a fresh-JVM scenario's runs as a Markdown table: medians, with the lowest and highest run of the times. */
public final class FreshTable {
    private FreshTable() {
    }

    /**
     * The catch-up table: receive time as a ratio to {@code baseline}'s median (each run's ratio, median and range),
     * then the absolute figures.
     */
    public static String catchUp(List<FreshRun> runs, String baseline) {
        List<FreshSummary> summaries = FreshSummary.of(runs);
        Optional<FreshSummary> base = summaries.stream().filter(s -> s.client().equals(baseline)).findFirst();
        StringBuilder md = new StringBuilder();
        md.append("| client | receive time vs ").append(baseline).append(" (median, lowest–highest run)")
                .append(" | receive time s | events/s | JVM start to first event s | client CPU s")
                .append(" | allocated B/event | context switches (voluntary) | peak RSS MiB | runs |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FreshSummary s : summaries) {
            md.append("| ").append(s.client()).append(" | ").append(ratio(s, base)).append(" | ")
                    .append(range(s.receiveSeconds(), s.receiveLow(), s.receiveHigh())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", s.eventsPerSecond())).append(" | ")
                    .append(range(s.startToFirstSeconds(), s.startToFirstLow(), s.startToFirstHigh())).append(" | ")
                    .append(num(s.cpuSeconds())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", s.allocatedBytesPerEvent())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f (%,.0f)", s.switches(), s.voluntarySwitches()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f", s.peakRssMiB())).append(" | ")
                    .append(s.runs()).append(" |\n");
        }
        return md.toString();
    }

    /** The latency table: each client's median p50 and p99 over its runs, with CPU and allocation. */
    public static String latency(List<FreshRun> runs) {
        StringBuilder md = new StringBuilder();
        md.append("| client | p50 ms | p99 ms | client CPU s | allocated B/event | context switches | runs |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (FreshSummary s : FreshSummary.of(runs)) {
            md.append("| ").append(s.client()).append(" | ").append(num(s.latencyP50Millis())).append(" | ")
                    .append(num(s.latencyP99Millis())).append(" | ").append(num(s.cpuSeconds())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", s.allocatedBytesPerEvent())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", s.switches())).append(" | ").append(s.runs())
                    .append(" |\n");
        }
        return md.toString();
    }

    /** Every run in order, one line each, so the spread and the order effects stay visible. */
    public static String everyRun(List<FreshRun> runs) {
        StringBuilder text = new StringBuilder(
                "Every run, in order (round: client receive s, start-to-first s, machine load average): ");
        for (int i = 0; i < runs.size(); i++) {
            FreshRun r = runs.get(i);
            text.append(i == 0 ? "" : "; ").append(r.round() + 1).append(": ").append(r.client()).append(' ')
                    .append(num(r.receiveSeconds())).append(", ").append(num(r.startToFirstSeconds())).append(", ")
                    .append(String.format(Locale.ROOT, "%.1f", r.loadAverage()));
        }
        return text.append(".\n").toString();
    }

    private static String ratio(FreshSummary s, Optional<FreshSummary> base) {
        if (base.isEmpty()) {
            return "n/a";
        }
        if (s.client().equals(base.get().client())) {
            return "1.00 (baseline)";
        }
        double median = base.get().receiveSeconds();
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", s.receiveSeconds() / median, s.receiveLow() / median,
                s.receiveHigh() / median);
    }

    private static String range(double median, double low, double high) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median, low, high);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
