package dev.sfstream.bench.fresh;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a client JVM's {@link dev.sfstream.bench.probe.EventProbe} wrote at its last counted event.
 *
 * @param events events counted
 * @param pid the client process
 * @param firstEventMicros when the first counted event reached a handler (epoch µs)
 * @param lastEventMicros when the last one did
 * @param cpuNanosAtFirst process CPU time at the first event
 * @param cpuNanos process CPU time at the last event
 * @param allocatedBytesAtFirst bytes allocated by the live threads at the first event
 * @param allocatedBytes bytes allocated by the live threads at the last event
 * @param gcCount collections up to the last event
 * @param latencyP50Micros median publish-to-handler latency of stamped events (-1 without any)
 * @param latencyP99Micros 99th percentile
 */
public record ProbeReport(long events, long pid, long firstEventMicros, long lastEventMicros, long cpuNanosAtFirst,
                          long cpuNanos, long allocatedBytesAtFirst, long allocatedBytes, long gcCount,
                          long latencyP50Micros, long latencyP99Micros) {

    /** Reads a report file. */
    public static ProbeReport read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the probe report " + file, e);
        }
    }

    /** Parses a report's text (Java properties). */
    public static ProbeReport parse(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new ProbeReport(get(values, "events"), get(values, "pid"), get(values, "firstEventMicros"),
                get(values, "lastEventMicros"), get(values, "cpuNanosAtFirst"), get(values, "cpuNanos"),
                get(values, "allocatedBytesAtFirst"), get(values, "allocatedBytes"), get(values, "gcCount"),
                get(values, "latencyP50Micros"), get(values, "latencyP99Micros"));
    }

    private static long get(Properties values, String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the probe report has no '" + key + "'");
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the probe report's '" + key + "' is not a number: " + value, e);
        }
    }
}
