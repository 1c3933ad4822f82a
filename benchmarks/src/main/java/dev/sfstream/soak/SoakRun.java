package dev.sfstream.soak;

import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.harness.EmulatorLogins;
import dev.sfstream.harness.PrivateRedis;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One soak run: an emulator with fast timers, sfstream with the Redis replay store, steady traffic on three
 * channels, random faults, then the final accounting. The handler fails as {@link ScriptedFailures} says.
 */
public final class SoakRun {
    /**
     * Thread name prefixes that are not the client's: the in-process emulator (its Jetty server and CometD
     * executor), the JDK's process reaper (Redis restarts) and the harness's control-API client (java.net.http).
     */
    public static final List<String> NOT_CLIENT_THREADS = List.of("sf-emulator", "sfstream-emulator",
            "SalesforceBayeuxServer", "Scheduler-", "HttpClient-", "process reaper");
    private static final String SHARED_REDIS = "redis://127.0.0.1:6379/0";

    private final SoakSettings settings;
    private final Consumer<String> progress;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final FaultLoop loop = new FaultLoop();

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
            ClientThreads clientThreads = new ClientThreads(NOT_CLIENT_THREADS);
            java.util.Set<String> threadNamesBefore = clientThreads.names();
            int threadsBefore = clientThreads.count();
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
                    SteadyTraffic traffic = SteadyTraffic.start(emulator, SoakChannels.ALL,
                            settings.eventsPerSecondPerChannel(), ledger);
                    loop.run(settings, random, start, () -> receivedNotCommitted(session), faults::injectRandom,
                            ledger::handledCount, () -> String.format("published %d, handled %d, dead-lettered %d",
                                    ledger.publishedCount(), ledger.handledCount(), ledger.deadLetteredCount()),
                            progress);
                    traffic.close();
                    control.clearFaults();
                    if (redis != null) {
                        redis.resume();
                    }
                    long drainEnd = System.nanoTime() + settings.drainTimeout().toNanos();
                    while (ledger.missingCount() > 0 && System.nanoTime() < drainEnd) {
                        TimeUnit.MILLISECONDS.sleep(100);
                    }
                    loop.sample(start, ledger.handledCount());
                    finalState = session.state().name();
                } finally {
                    session.stop();
                }
            }
            double seconds = settings.duration().toNanos() / 1e9;
            int threadsAfter = Waits.settledCount(clientThreads::count, threadsBefore);
            int socketsAfter = Waits.settledCount(ResourceSample::openSockets, socketsBefore);
            List<String> newThreads = clientThreads.names().stream().filter(name -> !threadNamesBefore.contains(name))
                    .sorted().toList();
            return new SoakReport(settings, seconds, ledger.publishedCount(), ledger.handledCount(),
                    ledger.deadLetteredCount(), ledger.duplicates(), loop.duplicateBound(), ledger.missingCount(),
                    ledger.missing(), ledger.unknownEvents(), ledger.deadLettersWithoutReason(),
                    ledger.unexpectedDeadLetters(), faults.injected(), finalState, threadsBefore, threadsAfter, newThreads, socketsBefore, socketsAfter,
                    loop.samples(), loop.timeline());
        }
    }

    /**
     * The session settings: sfstream's defaults with back-offs and timeouts scaled to the fast emulator timers, and
     * {@code REPLAY_DEFAULT all} so that events published before the first subscribe took effect are not skipped.
     */
    static StreamingSettings sessionSettings() {
        return fastRecovery(StreamingSettings.defaults().withReplayDefault(ReplayDefault.ALL).withHandlerRetries(2));
    }

    /** {@code settings} with back-offs, commits and timeouts scaled to the emulator's fast timers. */
    public static StreamingSettings fastRecovery(StreamingSettings settings) {
        return settings
                .withReconnectBackOffBase(Duration.ofMillis(50))
                .withReconnectBackOffCap(Duration.ofMillis(400))
                .withLongBackOff(Duration.ofMillis(800))
                .withHandlerBackOff(Duration.ofMillis(10))
                .withCommitInterval(Duration.ofMillis(50))
                .withStopTimeout(Duration.ofSeconds(5))
                .withDisconnectTimeout(Duration.ofSeconds(1))
                .withMaxNetworkDelay(Duration.ofSeconds(3));
    }

    private void handle(StreamEvent event) {
        ScriptedFailures.attempt(ledger, event.channel(), event.replayId());
        ledger.handled(event);
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
}
