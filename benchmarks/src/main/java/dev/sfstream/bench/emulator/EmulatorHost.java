package dev.sfstream.bench.emulator;

import dev.sfstream.bench.emulator.BenchEvents.Kind;
import dev.sfstream.bench.probe.SentAt;
import dev.sfstream.bench.service.PlatformEventService;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Main class of the emulator child JVM. Starts an emulator with Salesforce's timers, the benchmark PushTopic and
 * the declared platform event {@code Bench_Event__e}, prints {@code READY <baseUrl> <pubSubPort>}, then answers one
 * command per line on standard input: {@code burst N [topic|event] [plain]} (publish N events as fast as possible,
 * stamped unless {@code plain}; answers the last replay id and the microseconds it took), {@code rate PER_SECOND
 * SECONDS [topic|event]} (publish stamped events at a fixed rate), {@code retained [topic|event]} (events the
 * channel retains), {@code quit}. The kind defaults to {@code topic}. Every answer is one line starting with
 * {@code OK} or {@code ERROR}.
 */
public final class EmulatorHost {
    private final Emulator emulator;
    private final PrintStream out;
    private final String userId;
    private long sequence;

    private EmulatorHost(Emulator emulator, PrintStream out) {
        this.emulator = emulator;
        this.out = out;
        this.userId = emulator.fixture().user(OrgFixture.DEFAULT_USERNAME).map(EmulatorUser::userId).orElseThrow();
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Emulator emulator = Emulator.builder()
                .platformEvent(PlatformEventService.EVENT, Map.of(BenchEvents.EVENT_ACCOUNT_FIELD, EventFieldType.TEXT,
                        SentAt.EVENT_FIELD, EventFieldType.NUMBER))
                .start()) {
            emulator.createRecord("PushTopic", Map.of("Name", BenchEvents.TOPIC_NAME,
                    "Query", "SELECT Id, Name FROM Account", "ApiVersion", 37.0));
            EmulatorHost host = new EmulatorHost(emulator, out);
            out.println("READY " + emulator.baseUrl() + " " + emulator.pubSubPort());
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
                        long last = burst(Integer.parseInt(words[1]), kind(words, 2),
                                !(words.length > 3 && words[3].equals("plain")));
                        out.println("OK " + last + " " + (System.nanoTime() - start) / 1000);
                    }
                    case "rate" -> out.println("OK " + rate(Integer.parseInt(words[1]), Integer.parseInt(words[2]),
                            kind(words, 3)));
                    case "retained" -> out.println("OK " + retained(kind(words, 1)));
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

    private static Kind kind(String[] words, int index) {
        return words.length > index ? Kind.valueOf(words[index].toUpperCase(Locale.ROOT)) : Kind.TOPIC;
    }

    /** Publishes {@code count} events back to back; returns the last replay id. */
    private long burst(int count, Kind kind, boolean stamped) {
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = publish(kind, stamped ? Instant.now() : null);
        }
        return last;
    }

    /** Publishes {@code perSecond} events a second for {@code seconds}, each stamped when sent; returns the count. */
    private long rate(int perSecond, int seconds, Kind kind) {
        long total = (long) perSecond * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            publish(kind, Instant.now());
        }
        return total;
    }

    private long publish(Kind kind, Instant sentAt) {
        return emulator.streaming().publish(kind.channel(), BenchEvents.data(kind, ++sequence, sentAt, userId));
    }

    private int retained(Kind kind) {
        if (emulator.streaming() instanceof StreamingEndpoint endpoint) {
            return endpoint.retainedCount(kind.channel());
        }
        throw new IllegalStateException("this emulator does not report retained events");
    }
}
