package dev.sfstream.bench.fresh;

import dev.sfstream.bench.emulator.BenchEvents;
import dev.sfstream.bench.probe.EventProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * One measured client process: spawned with the probe's environment, watched until its probe reports, its JVM
 * (the one the probe names) read in {@code /proc} while still alive, then stopped (SIGTERM, as a user stops a
 * service; killed when it does not exit within the grace period). Its output goes to {@code client.log} in the
 * run's directory.
 */
public final class FreshJvm implements AutoCloseable {
    private static final Path PROC = Path.of("/proc");
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ClientLaunch launch;
    private final Process process;
    private final long spawnMicros;
    private final Path report;

    private FreshJvm(ClientLaunch launch, Process process, long spawnMicros, Path report) {
        this.launch = launch;
        this.process = process;
        this.spawnMicros = spawnMicros;
        this.report = report;
    }

    /**
     * Spawns the client; the probe writes to {@code report.properties} in {@code directory} once {@code events}
     * events were counted.
     */
    public static FreshJvm start(ClientLaunch launch, Path directory, long events) {
        try {
            Files.createDirectories(directory);
            Path report = directory.resolve("report.properties");
            Files.deleteIfExists(report);
            Files.deleteIfExists(EventProbe.firstMarker(report));
            ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("client.log").toFile());
            builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
                    "SFSTREAM_JAVA_OPTS"));
            builder.environment().putAll(launch.environment());
            builder.environment().put(EventProbe.REPORT_ENV, report.toString());
            builder.environment().put(EventProbe.EVENTS_ENV, Long.toString(events));
            long spawn = BenchEvents.micros(Instant.now());
            return new FreshJvm(launch, builder.start(), spawn, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + launch.client() + " (" + launch.command().get(0) + "): "
                    + e.getMessage(), e);
        }
    }

    /** Waits until the client's first event of any kind (a probe proves the subscription live). */
    public boolean awaitFirstEvent(Duration timeout) throws TimeoutException {
        return awaitFile(EventProbe.firstMarker(report), timeout, false);
    }

    /** Waits for the probe's report, reads {@code /proc}, stops the process; the figures of this run. */
    public FreshRun finish(int round, Duration timeout) throws TimeoutException {
        awaitFile(report, timeout, true);
        ProbeReport probe = ProbeReport.read(report);
        // the JVM the probe ran in: a launcher that records a class data archive waits for its JVM instead of
        // becoming it, so the spawned process is not always the JVM
        ProcStatus proc = ProcStatus.of(PROC, probe.pid());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        close();
        return FreshRun.of(launch.client(), round, spawnMicros, probe, proc, load);
    }

    private boolean awaitFile(Path file, Duration timeout, boolean required) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(launch.client() + " exited with status " + process.exitValue()
                        + " before writing " + file.getFileName() + "; see " + file.resolveSibling("client.log"));
            }
            if (System.nanoTime() > deadline) {
                if (!required) {
                    return false;
                }
                throw new TimeoutException(launch.client() + " wrote no " + file.getFileName() + " within " + timeout
                        + "; see " + file.resolveSibling("client.log"));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
