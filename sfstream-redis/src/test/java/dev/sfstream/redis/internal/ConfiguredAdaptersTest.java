package dev.sfstream.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceRunner;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.redis.RedisDeadLetterSink;
import dev.sfstream.redis.RedisLeaderLease;
import dev.sfstream.testkit.EmulatorConfig;
import dev.sfstream.testkit.ServiceUnderTest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/**
 * The Redis adapters are chosen by the configuration alone, whoever starts the service: {@link ServiceRunner}
 * and the test kit take the same path as {@code sfstream run}.
 */
class ConfiguredAdaptersTest {
    private static final String REDIS = "redis://127.0.0.1:6379/11";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final Queue<Object> handled = new ConcurrentLinkedQueue<>();

    @AfterEach
    void clean() {
        try (Jedis redis = redis()) {
            redis.keys(prefix + "*").forEach(redis::del);
            redis.keys(ReplayKeyOwners.OWNER_PREFIX + prefix + "*").forEach(redis::del);
            redis.del(RedisLeaderLease.KEY_PREFIX + "orders-a");
        }
    }

    @Test
    void aServiceRunnerWithReplayEnabledResumesAfterARestartFromRedis() {
        Emulator emulator = emulators.emulator();
        ServiceRunner first = runner(OrderService.class, replayConfig(emulator));
        first.start();
        long before = publish(emulator, "before");
        await().atMost(Duration.ofSeconds(20)).until(() -> handledMarkers().contains("before"));
        first.stop(Duration.ofSeconds(10));

        publish(emulator, "while-stopped");
        try (Jedis redis = redis()) {
            assertThat(redis.get(prefix + OrderService.CHANNEL)).isEqualTo(Long.toString(before));
        }
        ServiceRunner second = runner(OrderService.class, replayConfig(emulator));
        second.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> handledMarkers().contains("while-stopped"));
            assertThat(handledMarkers()).containsExactly("before", "while-stopped");
        } finally {
            second.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void theTestKitWithReplayEnabledResumesAfterARestartFromRedis() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest service = testKitService(emulator)) {
            publish(emulator, "before");
            await().atMost(Duration.ofSeconds(20)).until(() -> !service.calls("placed").isEmpty());
        }
        publish(emulator, "while-stopped");
        try (ServiceUnderTest service = testKitService(emulator)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !service.calls("placed").isEmpty());
            assertThat(service.calls("placed")).singleElement().satisfies(call -> assertThat(
                    call.notification().payload()).containsEntry("Marker__c", "while-stopped"));
        }
    }

    @Test
    void aDeadLetterRedisConfigurationPushesFailedEventsOntoTheRedisList() {
        Emulator emulator = emulators.emulator();
        Map<String, Object> config = replayConfig(emulator);
        salesforce(config).put("DEAD_LETTER", "redis");
        salesforce(config).put("HANDLER_RETRIES", 0);
        String marker = UUID.randomUUID().toString();
        ServiceRunner runner = runner(PoisonService.class, config);
        runner.start();
        try {
            emulator.streaming().publish(PoisonService.CHANNEL, payload(marker));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try (Jedis redis = redis()) {
                    return redis.lrange(RedisDeadLetterSink.DEFAULT_LIST_KEY, 0, -1).stream()
                            .anyMatch(entry -> entry.contains(marker));
                }
            });
        } finally {
            runner.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void aLeaderLeaseMakesTheServiceStreamOnlyWhileItHoldsTheLeaseInRedis() {
        Map<String, Object> config = replayConfig(emulators.emulator());
        salesforce(config).put("LEADER_LEASE", 5);
        ServiceRunner runner = runner(OrderService.class, config);
        runner.start();
        ServiceContainer container = runner.containers().get(0);
        try {
            await().atMost(Duration.ofSeconds(30)).until(container::isStreaming);
            try (Jedis redis = redis()) {
                assertThat(redis.pttl(RedisLeaderLease.KEY_PREFIX + "orders-a")).isPositive()
                        .isLessThanOrEqualTo(5_000);
            }
        } finally {
            runner.stop(Duration.ofSeconds(10));
        }
        try (Jedis redis = redis()) {
            assertThat(redis.exists(RedisLeaderLease.KEY_PREFIX + "orders-a")).as("released on stop").isFalse();
        }
    }

    @Test
    void aDeadLetterRedisThatCannotBeReachedFailsTheStartNamingTheKey() {
        Map<String, Object> config = replayConfig(emulators.emulator());
        salesforce(config).put("DEAD_LETTER", "redis");
        salesforce(config).put("PUSHTOPIC_REPLAY_ENABLED", false);
        salesforce(config).put("PUSHTOPIC_REPLAY_REDIS_URI", "redis://127.0.0.1:1/0");
        ServiceRunner runner = runner(OrderService.class, config);
        assertThatThrownBy(runner::start).isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("opening the dead-letter sink")
                .hasMessageContaining("`SALESFORCE.PUSHTOPIC_REPLAY_REDIS_URI`")
                .hasMessageContaining("redis://127.0.0.1:1/0");
    }

    private ServiceUnderTest testKitService(Emulator emulator) {
        return ServiceUnderTest.builder(OrderService.class, emulator)
                .salesforce("PUSHTOPIC_REPLAY_ENABLED", true)
                .salesforce("PUSHTOPIC_REPLAY_REDIS_URI", REDIS)
                .salesforce("PUSHTOPIC_REPLAY_KEY_PREFIX", prefix)
                .start();
    }

    private ServiceRunner runner(Class<?> serviceClass, Map<String, Object> config) {
        return new ServiceRunner(List.of(ServiceContainer.builder(serviceClass).config(SfstreamConfig.of(config))
                .streamingSettings(settings -> settings.withHandlerBackOff(Duration.ofMillis(20)))
                .workerListener((entrypoint, worker, arguments, result, failure) -> handled.add(arguments.get(1)))
                .build()));
    }

    private Map<String, Object> replayConfig(Emulator emulator) {
        Map<String, Object> salesforce = EmulatorConfig.salesforceSection(emulator);
        salesforce.put("PUSHTOPIC_REPLAY_ENABLED", true);
        salesforce.put("PUSHTOPIC_REPLAY_REDIS_URI", REDIS);
        salesforce.put("PUSHTOPIC_REPLAY_KEY_PREFIX", prefix);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("SALESFORCE", salesforce);
        return config;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> salesforce(Map<String, Object> config) {
        return (Map<String, Object>) config.get("SALESFORCE");
    }

    private List<Object> handledMarkers() {
        return handled.stream().map(argument -> ((Notification) argument).payload().get("Marker__c")).toList();
    }

    private static long publish(Emulator emulator, String marker) {
        return emulator.streaming().publish(OrderService.CHANNEL, payload(marker));
    }

    private static Map<String, Object> payload(String marker) {
        return new LinkedHashMap<>(Map.of("payload", new LinkedHashMap<>(Map.of("Marker__c", marker))));
    }

    private static Jedis redis() {
        return new Jedis(URI.create(REDIS));
    }
}
