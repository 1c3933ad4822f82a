package dev.sfstream.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.report.ResultsWriter;
import dev.sfstream.bench.report.SpreadChart;
import dev.sfstream.soak.FaultMark;
import dev.sfstream.soak.ResourceSample;
import dev.sfstream.soak.SoakChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmarks/run charts}: draws {@code service-catchup.png}, {@code pubsub-catchup.png}, {@code throughput.png},
 * {@code catchup.png} and {@code soak.png} again from the
 * recorded {@code benchmark.json} and {@code soak.json}, without running anything (a soak recorded before fault times
 * and handled counts were kept is drawn without them).
 */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Redraws the charts from the recorded results, without running anything.")
public final class ChartsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "benchmarks/results",
            description = "Where benchmark.json and soak.json are (default benchmarks/results).")
    Path results;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChartsCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path bench = results.resolve("benchmark.json");
        if (Files.exists(bench)) {
            JsonNode report = JSON.readTree(bench.toFile()).path("report");
            SpreadChart.draw("Burst throughput, every run (events/s, higher is better)", "events/s",
                    runs(report.path("throughputRuns")), results.resolve("throughput.png"));
            SpreadChart.draw("Catch-up of retained events, every run (events/s, higher is better)", "events/s",
                    runs(report.path("catchUpRuns")), results.resolve("catchup.png"));
            if (report.hasNonNull("fresh")) {
                ResultsWriter.drawFresh(JSON.convertValue(report.path("fresh"), FreshResults.class), results);
            }
            System.out.println("Drew the charts of " + bench);
        }
        Path soak = results.resolve("soak.json");
        if (Files.exists(soak)) {
            JsonNode report = JSON.readTree(soak.toFile()).path("report");
            List<ResourceSample> samples = new ArrayList<>();
            report.path("samples").forEach(node -> samples.add(JSON.convertValue(node, ResourceSample.class)));
            List<FaultMark> faults = new ArrayList<>();
            report.path("faultTimeline").forEach(node -> faults.add(JSON.convertValue(node, FaultMark.class)));
            SoakChart.draw(report.path("seconds").asDouble(), samples, faults, results.resolve("soak.png"));
            System.out.println("Drew soak.png from " + soak);
        }
        return 0;
    }

    private static Map<String, List<Double>> runs(JsonNode runs) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        runs.forEach(run -> values.computeIfAbsent(run.path("client").asText(), client -> new ArrayList<>())
                .add(run.path("eventsPerSecond").asDouble()));
        return values;
    }
}
