package dev.sfstream.bench.emulator;

import dev.sfstream.harness.ChildProcesses;
import dev.sfstream.bench.emulator.BenchEvents.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EmulatorHost} in a child JVM started with this JVM's class path. Commands block until the child
 * answers; its log goes to a file.
 */
public final class RemoteEmulator implements AutoCloseable {
    private final Process process;
    private final BufferedReader answers;
    private final Writer commands;
    private final String baseUrl;
    private final int pubSubPort;

    private RemoteEmulator(Process process) throws IOException {
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = readAnswer();
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("the emulator child did not start: " + ready);
        }
        String[] words = ready.substring("READY ".length()).trim().split(" ");
        this.baseUrl = words[0];
        this.pubSubPort = Integer.parseInt(words[1]);
    }

    /** Starts the child with {@code heap} as its maximum heap (e.g. {@code 1g}), logging to {@code log}. */
    public static RemoteEmulator start(String heap, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), EmulatorHost.class.getName()));
        try {
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            return new RemoteEmulator(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the emulator child JVM: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The emulator's plaintext Pub/Sub API port (on the host of {@link #baseUrl()}). */
    public int pubSubPort() {
        return pubSubPort;
    }

    /** Publishes {@code count} stamped PushTopic events as fast as the emulator can; returns how long it took. */
    public Duration burst(int count) {
        return burst(count, Kind.TOPIC, true);
    }

    /**
     * Publishes {@code count} events of a kind as fast as the emulator can; returns how long publishing took.
     *
     * @param stamped whether each carries its publish instant (unstamped events are probes and warm-up)
     */
    public Duration burst(int count, Kind kind, boolean stamped) {
        String[] answer = send("burst " + count + " " + kind.name().toLowerCase(Locale.ROOT)
                + (stamped ? "" : " plain")).split(" ");
        return Duration.ofNanos(Long.parseLong(answer[1]) * 1000);
    }

    /** Publishes PushTopic events at {@code perSecond} for {@code seconds}, blocking until done; returns the count. */
    public long rate(int perSecond, int seconds) {
        return rate(perSecond, seconds, Kind.TOPIC);
    }

    /** Publishes events of a kind at {@code perSecond} for {@code seconds}, blocking until done; returns the count. */
    public long rate(int perSecond, int seconds, Kind kind) {
        return Long.parseLong(send("rate " + perSecond + " " + seconds + " " + kind.name().toLowerCase(Locale.ROOT)));
    }

    /** The events the channel of a kind retains. */
    public int retained(Kind kind) {
        return Integer.parseInt(send("retained " + kind.name().toLowerCase(Locale.ROOT)));
    }

    private synchronized String send(String command) {
        try {
            commands.write(command + "\n");
            commands.flush();
            String answer = readAnswer();
            if (!answer.startsWith("OK ")) {
                throw new IllegalStateException("the emulator child refused '" + command + "': " + answer);
            }
            return answer.substring(3).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the emulator child is gone while running '" + command + "'", e);
        }
    }

    private String readAnswer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the emulator child exited (exit code "
                    + (process.isAlive() ? "n/a" : process.exitValue()) + ")");
        }
        return line;
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                send("quit");
            }
        } catch (RuntimeException alreadyGone) {
            // Destroyed below.
        }
        ChildProcesses.awaitExit(process);
    }
}
