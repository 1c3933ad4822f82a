package dev.sfstream.bench.scenario;

import dev.sfstream.bench.client.BenchClient;
import dev.sfstream.bench.emulator.RemoteEmulator;
import dev.sfstream.bench.measure.Arrivals;
import dev.sfstream.bench.measure.LatencySummary;
import dev.sfstream.bench.measure.ProcessCost;
import dev.sfstream.harness.PrivateRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Runs one scenario for one client against a fresh emulator child, so no run inherits another's retained events. */
public final class Scenarios {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_WAIT = Duration.ofMillis(250);
    private static final Duration REDIS_SETTLE = Duration.ofMillis(500);

    private final BenchSettings settings;
    private final PrivateRedis redis;

    public Scenarios(BenchSettings settings, PrivateRedis redis) {
        this.settings = settings;
        this.redis = redis;
    }

    /** Publishes one burst as fast as the emulator can and measures how fast the client handles it. */
    public ThroughputResult throughput(ClientFactory factory) throws Exception {
        BenchClient client = factory.create(-1);
        try (RemoteEmulator emulator = startEmulator(client.name() + "-throughput"); client) {
            Arrivals arrivals = new Arrivals(0);
            client.start(emulator.baseUrl(), arrivals, CONNECT_TIMEOUT);
            warmUp(emulator, arrivals, client.name());
            Map<String, Long> redisBefore = redis.commandCalls();
            ProcessCost before = ProcessCost.now();
            long start = System.nanoTime();
            Duration publishing = emulator.burst(settings.events());
            awaitAll(arrivals, settings.events(), client.name() + " burst");
            long end = arrivals.lastArrivalNanos();
            ProcessCost after = ProcessCost.now();
            Thread.sleep(REDIS_SETTLE.toMillis());
            Map<String, Long> redisCalls = delta(redisBefore, redis.commandCalls());
            double heap = ProcessCost.heapAfterGcMiB();
            double seconds = (end - start) / 1e9;
            long commands = redisCalls.values().stream().mapToLong(Long::longValue).sum();
            return new ThroughputResult(client.name(), settings.events(), seconds, settings.events() / seconds,
                    publishing.toNanos() / 1e9, after.since(before, settings.events()), heap, redisCalls,
                    commands * 1000.0 / settings.events());
        }
    }

    /** Publishes at a fixed rate, each event stamped when published, and records when the handler got it. */
    public LatencyResult latency(ClientFactory factory) throws Exception {
        BenchClient client = factory.create(-1);
        int total = settings.ratePerSecond() * settings.rateSeconds();
        try (RemoteEmulator emulator = startEmulator(client.name() + "-latency"); client) {
            Arrivals arrivals = new Arrivals(total);
            client.start(emulator.baseUrl(), arrivals, CONNECT_TIMEOUT);
            warmUp(emulator, arrivals, client.name());
            ProcessCost before = ProcessCost.now();
            emulator.rate(settings.ratePerSecond(), settings.rateSeconds());
            awaitAll(arrivals, total, client.name() + " fixed-rate run");
            ProcessCost after = ProcessCost.now();
            long[] micros = arrivals.latenciesMicros();
            LatencySummary summary = LatencySummary.ofMicros(micros);
            List<Double> percentiles = new ArrayList<>();
            for (int p = 0; p <= 100; p++) {
                percentiles.add(micros.length == 0 ? Double.NaN : LatencySummary.percentile(micros, Math.max(p, 0.0001)));
            }
            return new LatencyResult(client.name(), settings.ratePerSecond(), settings.rateSeconds(), summary,
                    percentiles, after.since(before, total));
        }
    }

    /**
     * Runs a first instance until it handled a few events and stops it, publishes the catch-up events while no
     * client runs, then times a second instance from its start to the last retained event.
     */
    public CatchUpResult catchUp(ClientFactory factory) throws Exception {
        BenchClient first = factory.create(-1);
        try (RemoteEmulator emulator = startEmulator(first.name() + "-catchup")) {
            Arrivals seen = new Arrivals(0);
            long lastSeen;
            try (first) {
                first.start(emulator.baseUrl(), seen, CONNECT_TIMEOUT);
                probe(emulator, seen, first.name());
                long target = seen.count() + 10;
                emulator.burst(10);
                awaitAll(seen, target, first.name() + " first instance");
                lastSeen = seen.highestReplayId();
            }
            emulator.burst(settings.catchUpEvents());
            Arrivals arrivals = new Arrivals(0);
            BenchClient second = factory.create(lastSeen);
            try (second) {
                long start = System.nanoTime();
                second.start(emulator.baseUrl(), arrivals, CONNECT_TIMEOUT);
                awaitAll(arrivals, settings.catchUpEvents(), second.name() + " catch-up");
                double seconds = (arrivals.lastArrivalNanos() - start) / 1e9;
                return new CatchUpResult(second.name(), settings.catchUpEvents(), seconds,
                        settings.catchUpEvents() / seconds);
            }
        }
    }

    private RemoteEmulator startEmulator(String label) {
        return RemoteEmulator.start(settings.emulatorHeap(), settings.logDirectory().resolve("emulator-" + label + ".log"));
    }

    /**
     * Publishes single probe events until one arrives (a client may report itself connected a moment before its
     * subscription is live, and events published before that are, rightly, not delivered), then the warm-up.
     */
    private void warmUp(RemoteEmulator emulator, Arrivals arrivals, String client) throws Exception {
        probe(emulator, arrivals, client);
        arrivals.reset();
        emulator.burst(settings.warmupEvents());
        awaitAll(arrivals, settings.warmupEvents(), client + " warm-up");
        arrivals.reset();
    }

    private void probe(RemoteEmulator emulator, Arrivals arrivals, String client) throws Exception {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (arrivals.count() == 0) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(client + " received no probe event within " + CONNECT_TIMEOUT);
            }
            emulator.burst(1);
            arrivals.await(1, PROBE_WAIT);
        }
    }

    private void awaitAll(Arrivals arrivals, long target, String what) throws Exception {
        if (!arrivals.await(target, settings.timeout())) {
            throw new TimeoutException(what + ": only " + arrivals.count() + " of " + target
                    + " events handled within " + settings.timeout());
        }
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> calls = new LinkedHashMap<>();
        after.forEach((command, count) -> {
            long made = count - before.getOrDefault(command, 0L);
            if (made > 0 && !Arrays.asList("info", "ping").contains(command)) {
                calls.put(command, made);
            }
        });
        return calls;
    }
}
