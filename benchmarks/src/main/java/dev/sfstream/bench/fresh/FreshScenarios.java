package dev.sfstream.bench.fresh;

import dev.sfstream.bench.emulator.BenchEvents.Kind;
import dev.sfstream.bench.emulator.RemoteEmulator;
import dev.sfstream.bench.fresh.FreshClient.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The scenarios whose clients each run in a fresh JVM against one warm emulator (a child JVM that stays up for the
 * whole scenario). Runs are interleaved in rounds; each round starts the clients in an order rotated by one, so no
 * client always runs first or after the same neighbour.
 */
public final class FreshScenarios {
    private static final Duration PROBE_WAIT = Duration.ofMillis(250);
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(60);
    private static final long WARM_UP_SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Path runRoot;
    private final Duration timeout;
    private final Consumer<String> progress;
    private int runs;

    /**
     * @param runRoot where each run gets a directory (its log, configuration and probe report)
     * @param timeout the longest one run may take
     * @param progress where a line per run goes
     */
    public FreshScenarios(Path runRoot, Duration timeout, Consumer<String> progress) {
        this.runRoot = runRoot;
        this.timeout = timeout;
        this.progress = progress;
    }

    /**
     * Catch-up: {@code events} stamped events of {@code kind} are made retained (published once, when the channel
     * holds fewer), then each run replays all of them with {@code -2} and is timed from its first to its last event.
     * One unmeasured run of each client warms the emulator up first, so that every client is measured against an
     * emulator that has already served it (over Pub/Sub, the first replay also encodes every retained event once).
     */
    public List<FreshRun> catchUp(String scenario, RemoteEmulator emulator, Kind kind, int events, int rounds,
                                  List<FreshClient> clients) throws TimeoutException {
        int retained = emulator.retained(kind);
        if (retained > 0 && retained != events) {
            throw new IllegalStateException(kind.channel() + " already retains " + retained + " events, not "
                    + events + ": a catch-up scenario needs a channel of its own");
        }
        if (retained == 0) {
            emulator.burst(events, kind, true);
        }
        Target target = new Target(emulator.baseUrl(), emulator.pubSubPort(), kind.channel(), true);
        for (FreshClient client : clients) {
            runOnce(scenario + "-warmup", client, target, events, -1);
        }
        List<FreshRun> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (FreshClient client : rotated(clients, round)) {
                results.add(runOnce(scenario, client, target, events, round));
            }
        }
        return results;
    }

    /**
     * Latency at a fixed rate: each run subscribes to new events, is proven live by unstamped probe events, warmed
     * up with {@code warmup} unstamped events, then receives {@code rate} stamped events a second for
     * {@code seconds}; the probe reports publish-to-handler latency.
     */
    public List<FreshRun> latency(String scenario, RemoteEmulator emulator, Kind kind, int rate, int seconds,
                                  int warmup, int rounds, List<FreshClient> clients) throws TimeoutException {
        Target target = new Target(emulator.baseUrl(), emulator.pubSubPort(), kind.channel(), false);
        long events = (long) rate * seconds;
        List<FreshRun> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (FreshClient client : rotated(clients, round)) {
                try (FreshJvm jvm = start(scenario, client, target, events, round)) {
                    long deadline = System.nanoTime() + SUBSCRIBE_TIMEOUT.toNanos();
                    do {
                        if (System.nanoTime() > deadline) {
                            throw new TimeoutException(client.name() + " received no probe event within "
                                    + SUBSCRIBE_TIMEOUT);
                        }
                        emulator.burst(1, kind, false);
                    } while (!jvm.awaitFirstEvent(PROBE_WAIT));
                    emulator.burst(warmup, kind, false);
                    LockSupport.parkNanos(WARM_UP_SETTLE_NANOS);
                    emulator.rate(rate, seconds, kind);
                    results.add(report(jvm.finish(round, timeout)));
                }
            }
        }
        return results;
    }

    private FreshRun runOnce(String scenario, FreshClient client, Target target, long events, int round)
            throws TimeoutException {
        try (FreshJvm jvm = start(scenario, client, target, events, round)) {
            return report(jvm.finish(round, timeout));
        }
    }

    private FreshJvm start(String scenario, FreshClient client, Target target, long events, int round) {
        String runId = scenario + "-" + client.name() + "-" + (round < 0 ? "warmup" : "r" + round) + "-" + (++runs);
        Path directory = runRoot.resolve(runId);
        return FreshJvm.start(client.launch(target, directory, runId), directory, events);
    }

    private FreshRun report(FreshRun run) {
        progress.accept(String.format(java.util.Locale.ROOT,
                "%s round %d: %,d events in %.2f s (%,.0f/s), first event %.2f s after spawn, CPU %.2f s,"
                        + " %,.0f B/event, %,d context switches, peak RSS %.0f MiB, load average %.1f",
                run.client(), run.round(), run.events(), run.receiveSeconds(), run.eventsPerSecond(),
                run.startToFirstSeconds(), run.cpuSeconds(), run.allocatedBytesPerEvent(), run.switches(),
                run.peakRssMiB(), run.loadAverage()));
        return run;
    }

    static <T> List<T> rotated(List<T> items, int by) {
        List<T> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(items.get((i + by) % items.size()));
        }
        return order;
    }
}
