package dev.sfstream.soak;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.harness.EmulatorLogins;
import dev.sfstream.harness.PrivateRedis;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.streaming.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One soak run: an emulator with fast timers, sfstream with the Redis replay store, steady traffic on three
 * channels, random faults, then the final accounting. The handler fails every 101st replay id for good (it
 * must be dead-lettered) and every 17th on its first attempt (it must be retried).
 */
public final class SoakRun {
    static final int ALWAYS_FAILS_EVERY = 101;
    static final int FIRST_ATTEMPT_FAILS_EVERY = 17;
    /**
     * Thread name prefixes that are not the client's: the in-process emulator (its Jetty server and CometD
     * executor), the JDK's process reaper (Redis restarts) and the harness's control-API client (java.net.http).
     */
    private static final List<String> NOT_CLIENT_THREADS = List.of("sf-emulator", "sfstream-emulator",
            "SalesforceBayeuxServer", "Scheduler-", "HttpClient-", "process reaper");
    private static final String SHARED_REDIS = "redis://127.0.0.1:6379/0";

    private final SoakSettings settings;
    private final Consumer<String> progress;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final AtomicLong duplicateBound = new AtomicLong();
    private final List<ResourceSample> samples = new ArrayList<>();
    private final List<FaultMark> timeline = new ArrayList<>();
    private final AtomicBoolean trafficOn = new AtomicBoolean(true);

    public SoakRun(SoakSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public SoakReport run() throws Exception {
        boolean privateRedis = PrivateRedis.available();
        try (Emulator emulator = Emulator.builder().fastTimers().start();
             PrivateRedis redis = privateRedis ? PrivateRedis.start() : null) {
            SoakChannels.declare(emulator);
            String redisUri = redis != null ? redis.uri() : SHARED_REDIS;
            if (redis == null) {
                progress.accept("redis-server is not on the PATH: using the shared Redis, without Redis restarts");
            }
            ControlApi control = new ControlApi(emulator.baseUrl());
            Random random = new Random(settings.seed());
            FaultInjector faults = new FaultInjector(control, settings.restartRedis() ? redis : null, random);
            java.util.Set<String> threadNamesBefore = threadNames();
            int threadsBefore = clientThreadCount();
            // The harness's own keep-alive connection to the control API (two sockets: the emulator shares the
            // process) is opened before counting, so that the count before and after differ only by sfstream's.
            control.clearFaults();
            int socketsBefore = ResourceSample.openSockets();
            String finalState;
            long start = System.nanoTime();
            try (SalesforceLogin login = EmulatorLogins.open(emulator.baseUrl());
                 RedisReplayStore store = RedisReplayStore.open(redisUri, "soak:" + UUID.randomUUID() + ":",
                         RedisReplayStore.DEFAULT_TTL)) {
                StreamingSession session = StreamingSession.builder(login).settings(sessionSettings())
                        .replayStore(store).deadLetterSink(ledger).name("soak").build();
                try {
                    for (String channel : SoakChannels.ALL) {
                        session.subscribe(channel, this::handle);
                    }
                    session.start();
                    if (!session.awaitConnected(Duration.ofSeconds(30))) {
                        throw new IllegalStateException("the soak session did not connect: " + session.state() + " "
                                + session.failure().map(Object::toString).orElse(""));
                    }
                    Thread traffic = new Thread(() -> publishSteadily(emulator), "soak-traffic");
                    traffic.start();
                    long end = start + settings.duration().toNanos();
                    long nextSample = System.nanoTime();
                    long sampleEvery = Math.max(TimeUnit.SECONDS.toNanos(2), settings.duration().toNanos() / 60);
                    while (System.nanoTime() < end) {
                        long gap = (long) (settings.meanFaultInterval().toNanos() * (0.5 + random.nextDouble()));
                        sleepUntil(Math.min(end, System.nanoTime() + gap));
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        duplicateBound.addAndGet(receivedNotCommitted(session));
                        FaultKind kind = faults.injectRandom();
                        timeline.add(new FaultMark((System.nanoTime() - start) / 1e9, kind));
                        progress.accept(String.format("%6.1f s  %-18s published %d, handled %d, dead-lettered %d",
                                (System.nanoTime() - start) / 1e9, kind, ledger.publishedCount(), ledger.handledCount(),
                                ledger.deadLetteredCount()));
                        if (System.nanoTime() >= nextSample) {
                            samples.add(ResourceSample.take((System.nanoTime() - start) / 1e9, ledger.handledCount()));
                            nextSample = System.nanoTime() + sampleEvery;
                        }
                    }
                    trafficOn.set(false);
                    traffic.join();
                    control.clearFaults();
                    if (redis != null) {
                        redis.resume();
                    }
                    long drainEnd = System.nanoTime() + settings.drainTimeout().toNanos();
                    while (ledger.missingCount() > 0 && System.nanoTime() < drainEnd) {
                        TimeUnit.MILLISECONDS.sleep(100);
                    }
                    samples.add(ResourceSample.take((System.nanoTime() - start) / 1e9, ledger.handledCount()));
                    finalState = session.state().name();
                } finally {
                    session.stop();
                }
            }
            double seconds = settings.duration().toNanos() / 1e9;
            int threadsAfter = settledCount(SoakRun::clientThreadCount, threadsBefore);
            int socketsAfter = settledCount(ResourceSample::openSockets, socketsBefore);
            List<String> newThreads = threadNames().stream().filter(name -> !threadNamesBefore.contains(name))
                    .sorted().toList();
            return new SoakReport(settings, seconds, ledger.publishedCount(), ledger.handledCount(),
                    ledger.deadLetteredCount(), ledger.duplicates(), duplicateBound.get(), ledger.missingCount(),
                    ledger.missing(), ledger.unknownEvents(), ledger.deadLettersWithoutReason(), faults.injected(),
                    finalState, threadsBefore, threadsAfter, newThreads, socketsBefore, socketsAfter,
                    List.copyOf(samples), List.copyOf(timeline));
        }
    }

    /**
     * The session settings: sfstream's defaults with back-offs and timeouts scaled to the fast emulator timers, and
     * {@code REPLAY_DEFAULT all} so that events published before the first subscribe took effect are not skipped.
     */
    static StreamingSettings sessionSettings() {
        return StreamingSettings.defaults()
                .withReplayDefault(ReplayDefault.ALL)
                .withReconnectBackOffBase(Duration.ofMillis(50))
                .withReconnectBackOffCap(Duration.ofMillis(400))
                .withLongBackOff(Duration.ofMillis(800))
                .withHandlerRetries(2)
                .withHandlerBackOff(Duration.ofMillis(10))
                .withCommitInterval(Duration.ofMillis(50))
                .withStopTimeout(Duration.ofSeconds(5))
                .withDisconnectTimeout(Duration.ofSeconds(1))
                .withMaxNetworkDelay(Duration.ofSeconds(3));
    }

    private void handle(StreamEvent event) {
        int attempt = ledger.attempt(event);
        if (event.replayId() % ALWAYS_FAILS_EVERY == 0) {
            throw new IllegalStateException("soak handler refuses replay id " + event.replayId() + " on "
                    + event.channel());
        }
        if (event.replayId() % FIRST_ATTEMPT_FAILS_EVERY == 0 && attempt == 1) {
            throw new IllegalStateException("soak handler fails the first attempt at replay id " + event.replayId());
        }
        ledger.handled(event);
    }

    private void publishSteadily(Emulator emulator) {
        long interval = TimeUnit.SECONDS.toNanos(1) / settings.eventsPerSecondPerChannel();
        long next = System.nanoTime();
        long sequence = 0;
        while (trafficOn.get()) {
            sequence++;
            for (String channel : SoakChannels.ALL) {
                ledger.published(channel, emulator.streaming().publish(channel, SoakChannels.data(channel, sequence)));
            }
            next += interval;
            sleepUntil(next);
        }
    }

    /** What a correct client may receive twice if the fault hits now: everything after each channel's watermark. */
    private long receivedNotCommitted(StreamingSession session) {
        long total = 0;
        for (String channel : SoakChannels.ALL) {
            long last = ledger.lastPublished(channel);
            if (last < 0) {
                continue;
            }
            var committed = session.committedReplayId(channel);
            total += committed.isPresent() ? Math.max(0, last - committed.getAsLong()) : ledger.publishedCount(channel);
        }
        return total;
    }

    /** Threads that are not the emulator's (same JVM here) nor the JDK's process reaper (Redis restarts). */
    private static java.util.Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(SoakRun::isClientSide).collect(java.util.stream.Collectors.toSet());
    }

    private static int clientThreadCount() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> isClientSide(thread.getName())).count();
    }

    private static boolean isClientSide(String threadName) {
        return NOT_CLIENT_THREADS.stream().noneMatch(threadName::startsWith);
    }

    /** Waits up to 10 s for a count to come back to {@code baseline}; returns the last reading. */
    private static int settledCount(java.util.function.IntSupplier reading, int baseline) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int value = reading.getAsInt();
        while (value > baseline + SoakReport.LEAK_TOLERANCE && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            value = reading.getAsInt();
        }
        return value;
    }

    private static void sleepUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
