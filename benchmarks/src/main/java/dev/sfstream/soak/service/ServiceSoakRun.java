package dev.sfstream.soak.service;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceRunner;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.harness.PrivateRedis;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.soak.ClientThreads;
import dev.sfstream.soak.ControlApi;
import dev.sfstream.soak.DeliveryLedger;
import dev.sfstream.soak.FaultLoop;
import dev.sfstream.soak.ResourceSample;
import dev.sfstream.soak.SoakChannels;
import dev.sfstream.soak.SoakReport;
import dev.sfstream.soak.SoakRun;
import dev.sfstream.soak.SoakSettings;
import dev.sfstream.soak.SteadyTraffic;
import dev.sfstream.soak.Waits;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One whole-service soak run: the {@link SoakService} in a {@link ServiceRunner}, configured as a user would (SOAP
 * login, the Redis replay store on a private Redis, Nameko events to RabbitMQ, one channel over the Pub/Sub API),
 * reaching the emulator and the broker through relays the run cuts; steady traffic on four channels, random
 * faults, then the accounting of both hops: Salesforce to handler, handler to a RabbitMQ queue.
 */
public final class ServiceSoakRun {
    /** The channels of the run: the streaming soak's three over CometD, and one platform event over Pub/Sub. */
    public static final List<String> CHANNELS = Stream.concat(SoakChannels.ALL.stream(),
            Stream.of(SoakChannels.PUBSUB_EVENT)).toList();
    private static final String SHARED_REDIS = "redis://127.0.0.1:6379/0";
    private static final String PUBSUB_KEY_PREFIX = "pubsub:";
    private static final int HANDLER_RETRIES = 2;
    /**
     * Threads that are not the service's: the harness's (relays, queue consumer, in-process emulator, Redis process
     * reaper) and grpc-java's process-wide shared pools ({@code grpc-default-executor}, {@code grpc-default-worker-ELG}),
     * which the in-process emulator's Pub/Sub server holds as well and which idle out only after 60 s.
     */
    private static final List<String> NOT_SERVICE_THREADS = Stream.concat(SoakRun.NOT_CLIENT_THREADS.stream(),
            Stream.of(TcpRelay.THREAD_PREFIX, NamekoQueue.THREAD_PREFIX, "grpc-default-")).toList();

    private final ServiceSoakSettings settings;
    private final Consumer<String> progress;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final QueueLedger queueLedger = new QueueLedger();
    private final FaultLoop loop = new FaultLoop();

    public ServiceSoakRun(ServiceSoakSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public ServiceSoakReport run() throws Exception {
        SoakSettings soak = settings.soak();
        boolean privateRedis = soak.restartRedis() && PrivateRedis.available();
        try (Emulator emulator = Emulator.builder().fastTimers()
                .platformEvent(SoakChannels.PUBSUB_EVENT_NAME, SoakChannels.PUBSUB_EVENT_FIELDS).start();
             PrivateRedis redis = privateRedis ? PrivateRedis.start() : null;
             Relays relays = Relays.open(settings.broker().getHost(), settings.broker().getPort(), emulator.port(),
                     emulator.pubSubPort())) {
            SoakChannels.declare(emulator);
            String redisUri = redis != null ? redis.uri() : SHARED_REDIS;
            if (redis == null) {
                progress.accept("redis-server is not on the PATH: using the shared Redis, without Redis restarts");
            }
            String runId = UUID.randomUUID().toString().replace("-", "");
            String keyPrefix = "soak:" + runId + ":";
            String eventType = SoakService.EVENT_TYPE_PREFIX + runId;
            ControlApi control = new ControlApi(emulator.baseUrl());
            Random random = new Random(soak.seed());
            ClientThreads serviceThreads = new ClientThreads(NOT_SERVICE_THREADS);
            try (ServiceFaults faults = new ServiceFaults(control, redis, relays, random, settings.longestBrokerOutage());
                 NamekoQueue queue = NamekoQueue.consume(settings.broker(), SoakService.NAME, eventType, queueLedger);
                 RedisReplayStore positions = RedisReplayStore.open(redisUri, keyPrefix, RedisReplayStore.DEFAULT_TTL)) {
                Set<String> threadNamesBefore = serviceThreads.names();
                int threadsBefore = serviceThreads.count();
                control.clearFaults();
                int socketsBefore = ResourceSample.openSockets();
                ServiceRunner runner = new ServiceRunner(List.of(container(emulator, relays, redisUri, keyPrefix, eventType)));
                long start = System.nanoTime();
                String finalState;
                runner.start();
                try {
                    progress.accept("service " + SoakService.NAME + " started; queue " + queue.queue() + "; "
                            + relays.broker() + "; " + relays.emulatorHttp() + "; " + relays.emulatorPubSub());
                    try (SteadyTraffic traffic = SteadyTraffic.start(emulator, CHANNELS,
                            soak.eventsPerSecondPerChannel(), ledger)) {
                        loop.run(soak, random, start, () -> receivedNotCommitted(positions), faults::injectRandom,
                                ledger::handledCount, this::status, progress);
                    }
                    faults.clear();
                    if (redis != null) {
                        redis.resume();
                    }
                    drain(soak.drainTimeout());
                    loop.sample(start, ledger.handledCount());
                    finalState = runner.containers().get(0).state().name();
                } finally {
                    runner.stop(Duration.ofSeconds(10));
                }
                int threadsAfter = Waits.settledCount(serviceThreads::count, threadsBefore);
                int socketsAfter = Waits.settledCount(ResourceSample::openSockets, socketsBefore);
                List<String> newThreads = serviceThreads.names().stream()
                        .filter(name -> !threadNamesBefore.contains(name)).sorted().toList();
                SoakReport firstHop = new SoakReport(soak, soak.duration().toNanos() / 1e9, ledger.publishedCount(),
                        ledger.handledCount(), ledger.deadLetteredCount(), ledger.duplicates(), loop.duplicateBound(),
                        ledger.missingCount(), ledger.missing(), ledger.unknownEvents(),
                        ledger.deadLettersWithoutReason(), ledger.unexpectedDeadLetters(), faults.injected(), finalState,
                        threadsBefore, threadsAfter, newThreads, socketsBefore, socketsAfter, loop.samples(),
                        loop.timeline());
                return new ServiceSoakReport(firstHop, publishedByChannel(),
                        ledger.attemptedMoreThan(HANDLER_RETRIES + 1), queueLedger.deliveredCount(),
                        queueLedger.duplicates(), queueLedger.lostCount(ledger), queueLedger.lostSample(ledger),
                        queueLedger.unknownCount(ledger), queueLedger.unreadableCount(),
                        relays.broker().connections(), relays.emulatorHttp().connections(),
                        relays.emulatorPubSub().connections());
            }
        }
    }

    private ServiceContainer container(Emulator emulator, Relays relays, String redisUri, String keyPrefix,
                                       String eventType) {
        Map<String, Object> salesforce = emulator.salesforceConfig();
        salesforce.put("LOGIN_URL", "http://127.0.0.1:" + relays.emulatorHttp().port());
        salesforce.put("PUSHTOPIC_REPLAY_ENABLED", true);
        salesforce.put("PUSHTOPIC_REPLAY_REDIS_URI", redisUri);
        salesforce.put("PUSHTOPIC_REPLAY_KEY_PREFIX", keyPrefix);
        salesforce.put("REPLAY_DEFAULT", "all");
        salesforce.put("HANDLER_RETRIES", HANDLER_RETRIES);
        salesforce.put("PUBSUB_HOST", "127.0.0.1");
        salesforce.put("PUBSUB_PORT", relays.emulatorPubSub().port());
        salesforce.put("PUBSUB_PLAINTEXT", true);
        Map<String, Object> config = new LinkedHashMap<>();
        URI broker = settings.broker();
        config.put("AMQP_URI", broker.getScheme() + "://" + broker.getRawUserInfo() + "@127.0.0.1:"
                + relays.broker().port() + (broker.getRawPath() == null ? "" : broker.getRawPath()));
        // One reconnect per dispatch: a broker outage outlasts the handler's retries within a second, which is
        // the case issue 13 found losing events.
        config.put("AMQP_PUBLISH_RETRIES", 1);
        config.put("AMQP_CONFIRM_TIMEOUT", 5);
        config.put("SALESFORCE", salesforce);
        return ServiceContainer.builder(SoakService.class).config(SfstreamConfig.of(config))
                .replaceDependency(SoakProbe.class, new SoakProbe(ledger, eventType))
                .deadLetterSink(ledger)
                .streamingSettings(SoakRun::fastRecovery)
                .build();
    }

    /** Waits until every event is handled or dead-lettered and every handled one is in the queue, or the timeout. */
    private void drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while ((ledger.missingCount() > 0 || queueLedger.lostCount(ledger) > 0) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /**
     * What a correct service may handle (and dispatch) twice if the fault hits now: everything after each channel's
     * stored position; the whole channel when nothing is stored yet or the store cannot be read (Redis restarting).
     */
    private long receivedNotCommitted(RedisReplayStore positions) {
        long total = 0;
        for (String channel : CHANNELS) {
            long last = ledger.lastPublished(channel);
            if (last < 0) {
                continue;
            }
            String key = channel.equals(SoakChannels.PUBSUB_EVENT) ? PUBSUB_KEY_PREFIX + channel : channel;
            java.util.OptionalLong stored;
            try {
                stored = positions.load(key);
            } catch (RuntimeException redisDown) {
                stored = java.util.OptionalLong.empty();
            }
            total += stored.isPresent() ? Math.max(0, last - stored.getAsLong()) : ledger.publishedCount(channel);
        }
        return total;
    }

    private Map<String, Long> publishedByChannel() {
        Map<String, Long> counts = new LinkedHashMap<>();
        CHANNELS.forEach(channel -> counts.put(channel, ledger.publishedCount(channel)));
        return counts;
    }

    private String status() {
        return String.format("published %d, handled %d, dead-lettered %d, in the queue %d", ledger.publishedCount(),
                ledger.handledCount(), ledger.deadLetteredCount(), queueLedger.deliveredCount());
    }
}
