package dev.sfstream.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@code benchmark.json}, {@code benchmark.md}, {@code throughput.png} and {@code latency.png}. */
public final class ResultsWriter {
    private ResultsWriter() {
    }

    public static void write(BenchReport report, Path directory, String reproduce) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", report);
        document.put("throughputRatiosToBareCometd", report.throughputRatios());
        document.put("catchUpRatiosToBareCometd", report.catchUpRatios());
        document.put("reproduce", reproduce);
        json.writeValue(directory.resolve("benchmark.json").toFile(), document);
        Files.writeString(directory.resolve("benchmark.md"), MarkdownTable.render(report, reproduce),
                StandardCharsets.UTF_8);
        if (!report.throughput().isEmpty()) {
            Charts.throughput(report.throughput(), directory.resolve("throughput.png"));
        }
        if (!report.latency().isEmpty()) {
            Charts.latency(report.latency(), directory.resolve("latency.png"));
        }
    }
}
