package dev.sfstream.bench.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the events one client JVM handled and, when the expected number arrived, writes this JVM's figures to a
 * report file (Java properties) for the harness: when the first and last events arrived (epoch µs, the clock the
 * harness reads too), the process CPU time and allocated bytes at both, GC, and the publish-to-handler latency of
 * stamped events. The first event of any kind also leaves a marker file ({@code REPORT.first}), so the harness
 * knows the subscription is live.
 *
 * <p>Events whose stamp is 0 (probes, warm-up) only prove the subscription; every other event counts, a positive
 * stamp also gives a latency, a negative one (a client that cannot read the stamp) is only counted.
 */
public final class EventProbe {
    /** Environment variable naming the report file. */
    public static final String REPORT_ENV = "SFSTREAM_BENCH_REPORT";
    /** Environment variable giving how many counted events end the measurement. */
    public static final String EVENTS_ENV = "SFSTREAM_BENCH_EVENTS";

    private final Path report;
    private final long target;
    private final AtomicBoolean seenAny = new AtomicBoolean();
    private final AtomicBoolean firstTaken = new AtomicBoolean();
    private final AtomicLong counted = new AtomicLong();
    private final AtomicLongArray latencyMicros;
    private volatile Mark first;

    /**
     * @param report where to write the figures
     * @param target counted events that end the measurement
     */
    public EventProbe(Path report, long target) {
        if (target <= 0 || target > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the event count must be between 1 and " + Integer.MAX_VALUE
                    + ", was " + target);
        }
        this.report = report;
        this.target = target;
        this.latencyMicros = new AtomicLongArray((int) target);
    }

    /** The probe the environment describes ({@value #REPORT_ENV}, {@value #EVENTS_ENV}). */
    public static EventProbe fromEnvironment() {
        String file = System.getenv(REPORT_ENV);
        String events = System.getenv(EVENTS_ENV);
        if (file == null || file.isBlank() || events == null || events.isBlank()) {
            throw new IllegalStateException("the benchmark probe needs the environment variables " + REPORT_ENV
                    + " (report file) and " + EVENTS_ENV + " (events to count)");
        }
        try {
            return new EventProbe(Path.of(file), Long.parseLong(events.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(EVENTS_ENV + " must be a whole number, was '" + events + "'", e);
        }
    }

    /** The marker file the first event of any kind leaves. */
    public static Path firstMarker(Path report) {
        return report.resolveSibling(report.getFileName() + ".first");
    }

    /** One event arrived at a handler; {@code sentAtMicros} as {@link SentAt#micros} reads it. */
    public void onEvent(long sentAtMicros) {
        long now = micros(Instant.now());
        if (!seenAny.get() && seenAny.compareAndSet(false, true)) {
            write(firstMarker(report), "firstEventMicros=" + now + "\n");
        }
        if (sentAtMicros == 0) {
            return;
        }
        if (!firstTaken.get() && firstTaken.compareAndSet(false, true)) {
            first = new Mark(now, JvmFigures.now());
        }
        long n = counted.incrementAndGet();
        if (sentAtMicros > 0 && n <= target) {
            latencyMicros.set((int) (n - 1), now - sentAtMicros);
        }
        if (n == target) {
            finish(new Mark(micros(Instant.now()), JvmFigures.now()));
        }
    }

    private void finish(Mark last) {
        Mark start = first;
        while (start == null) {
            Thread.onSpinWait();
            start = first;
        }
        long[] latencies = new long[latencyMicros.length()];
        int stamped = 0;
        for (int i = 0; i < latencies.length; i++) {
            long value = latencyMicros.get(i);
            if (value != 0) {
                latencies[stamped++] = value;
            }
        }
        latencies = Arrays.copyOf(latencies, stamped);
        Arrays.sort(latencies);
        StringBuilder text = new StringBuilder();
        text.append("events=").append(target).append('\n')
                .append("pid=").append(ProcessHandle.current().pid()).append('\n')
                .append("jvmStartMillis=").append(ManagementFactory.getRuntimeMXBean().getStartTime()).append('\n')
                .append("firstEventMicros=").append(start.micros()).append('\n')
                .append("lastEventMicros=").append(last.micros()).append('\n')
                .append("cpuNanosAtFirst=").append(start.figures().cpuNanos()).append('\n')
                .append("cpuNanos=").append(last.figures().cpuNanos()).append('\n')
                .append("allocatedBytesAtFirst=").append(start.figures().allocatedBytes()).append('\n')
                .append("allocatedBytes=").append(last.figures().allocatedBytes()).append('\n')
                .append("gcCount=").append(last.figures().gcCount()).append('\n')
                .append("gcMillis=").append(last.figures().gcMillis()).append('\n')
                .append("latencySamples=").append(stamped).append('\n');
        for (int percent : new int[] {50, 90, 99, 100}) {
            text.append("latencyP").append(percent).append("Micros=")
                    .append(stamped == 0 ? -1 : latencies[Math.max(0, (int) Math.ceil(percent / 100.0 * stamped) - 1)])
                    .append('\n');
        }
        write(report, text.toString());
    }

    /** Writes whole or not at all: the harness may read the file the moment it appears. */
    private static void write(Path file, String text) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark report " + file, e);
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }

    private record Mark(long micros, JvmFigures figures) {
    }
}
