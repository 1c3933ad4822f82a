package dev.sfstream.bench.emulator;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Main class of the emulator child JVM. Starts an emulator with Salesforce's timers and the benchmark
 * PushTopic, prints {@code READY <baseUrl>}, then answers one command per line on standard input:
 * {@code burst N} (publish N events as fast as possible; answers the last replay id and the microseconds it took), {@code rate PER_SECOND SECONDS} (publish at a fixed
 * rate), {@code retained} (events the topic retains), {@code quit}. Every answer is one line starting with
 * {@code OK} or {@code ERROR}.
 */
public final class EmulatorHost {
    private final Emulator emulator;
    private final PrintStream out;
    private long sequence;

    private EmulatorHost(Emulator emulator, PrintStream out) {
        this.emulator = emulator;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Emulator emulator = Emulator.builder().start()) {
            emulator.createRecord("PushTopic", Map.of("Name", BenchEvents.TOPIC_NAME,
                    "Query", "SELECT Id, Name FROM Account", "ApiVersion", 37.0));
            EmulatorHost host = new EmulatorHost(emulator, out);
            out.println("READY " + emulator.baseUrl());
            host.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    private void serve(BufferedReader commands) throws Exception {
        String line;
        while ((line = commands.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            try {
                switch (words[0]) {
                    case "burst" -> {
                        long start = System.nanoTime();
                        long last = burst(Integer.parseInt(words[1]));
                        out.println("OK " + last + " " + (System.nanoTime() - start) / 1000);
                    }
                    case "rate" -> out.println("OK " + rate(Integer.parseInt(words[1]), Integer.parseInt(words[2])));
                    case "retained" -> out.println("OK " + retained());
                    case "quit" -> {
                        out.println("OK bye");
                        return;
                    }
                    default -> out.println("ERROR unknown command '" + words[0] + "'");
                }
            } catch (RuntimeException bad) {
                out.println("ERROR " + bad);
            }
        }
    }

    /** Publishes {@code count} events back to back; returns the last replay id. */
    private long burst(int count) {
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = emulator.streaming().publish(BenchEvents.CHANNEL, BenchEvents.data(++sequence, Instant.now()));
        }
        return last;
    }

    /** Publishes {@code perSecond} events a second for {@code seconds}, each stamped when sent; returns the count. */
    private long rate(int perSecond, int seconds) {
        long total = (long) perSecond * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            emulator.streaming().publish(BenchEvents.CHANNEL, BenchEvents.data(++sequence, Instant.now()));
        }
        return total;
    }

    private int retained() {
        if (emulator.streaming() instanceof StreamingEndpoint endpoint) {
            return endpoint.retainedCount(BenchEvents.CHANNEL);
        }
        throw new IllegalStateException("this emulator does not report retained events");
    }
}
