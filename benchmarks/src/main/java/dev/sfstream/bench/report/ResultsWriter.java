package dev.sfstream.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.fresh.FreshRun;
import dev.sfstream.bench.fresh.FreshSummary;
import dev.sfstream.bench.scenario.CatchUpResult;
import dev.sfstream.bench.scenario.ThroughputResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Writes {@code benchmark.json}, {@code benchmark.md}, {@code throughput.png} and {@code catchup.png} (every run of
 * each client, see {@link SpreadChart}) and {@code latency.png}.
 */
public final class ResultsWriter {
    /** Each client's runs' values, clients in the order they first ran. */
    static <T> Map<String, List<Double>> byClient(List<T> runs, Function<T, String> client, ToDoubleFunction<T> value) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (T run : runs) {
            values.computeIfAbsent(client.apply(run), name -> new ArrayList<>()).add(value.applyAsDouble(run));
        }
        return values;
    }

    static final String SERVICE_CHART_TITLE =
            "Catch-up by the service, fresh JVMs: receive time of every run (s, lower is better)";
    static final String PUBSUB_CHART_TITLE =
            "Platform event catch-up by sfstream run, CometD vs Pub/Sub (events/s, higher is better)";

    private ResultsWriter() {
    }

    /** The fresh-JVM charts: receive time of every run of the headline, events/s of the Pub/Sub catch-up. */
    public static void drawFresh(FreshResults fresh, Path directory) throws IOException {
        if (!fresh.serviceCatchUp().isEmpty()) {
            SpreadChart.draw(SERVICE_CHART_TITLE, "seconds",
                    byClient(fresh.serviceCatchUp(), FreshRun::client, FreshRun::receiveSeconds),
                    directory.resolve("service-catchup.png"));
        }
        if (!fresh.pubSubCatchUp().isEmpty()) {
            SpreadChart.draw(PUBSUB_CHART_TITLE, "events/s",
                    byClient(fresh.pubSubCatchUp(), FreshRun::client, FreshRun::eventsPerSecond),
                    directory.resolve("pubsub-catchup.png"));
        }
    }

    public static void write(BenchReport report, Path directory, String reproduce) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", report);
        document.put("throughputRatiosToBareCometd", report.throughputRatios());
        document.put("catchUpRatiosToBareCometd", report.catchUpRatios());
        document.put("serviceCatchUpSummary", FreshSummary.of(report.fresh().serviceCatchUp()));
        document.put("pubSubCatchUpSummary", FreshSummary.of(report.fresh().pubSubCatchUp()));
        document.put("pubSubLatencySummary", FreshSummary.of(report.fresh().pubSubLatency()));
        document.put("reproduce", reproduce);
        json.writeValue(directory.resolve("benchmark.json").toFile(), document);
        Files.writeString(directory.resolve("benchmark.md"), MarkdownTable.render(report, reproduce),
                StandardCharsets.UTF_8);
        if (!report.throughputRuns().isEmpty()) {
            SpreadChart.draw("Burst throughput, every run (events/s, higher is better)", "events/s",
                    byClient(report.throughputRuns(), ThroughputResult::client, ThroughputResult::eventsPerSecond),
                    directory.resolve("throughput.png"));
        }
        if (!report.catchUpRuns().isEmpty()) {
            SpreadChart.draw("Catch-up of retained events, every run (events/s, higher is better)", "events/s",
                    byClient(report.catchUpRuns(), CatchUpResult::client, CatchUpResult::eventsPerSecond),
                    directory.resolve("catchup.png"));
        }
        drawFresh(report.fresh(), directory);
        if (!report.latency().isEmpty()) {
            Charts.latency(report.latency(), directory.resolve("latency.png"));
        }
    }
}
