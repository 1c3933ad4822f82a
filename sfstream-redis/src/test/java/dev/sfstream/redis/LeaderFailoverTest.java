package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/** Two replicas with a Redis leader lease on one emulator: one streams; the standby takes over without loss. */
class LeaderFailoverTest {
    private static final String CHANNEL = "/event/Shipment__e";
    private static final String SERVICE = "leader-failover-test";
    private static final Duration LEASE = Duration.ofSeconds(3);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final List<AutoCloseable> opened = new ArrayList<>();

    /** Records the replay ids one replica handled. */
    static final class Handled {
        final List<Long> replayIds = new CopyOnWriteArrayList<>();
    }

    @ServiceName(SERVICE)
    public static class ShipmentService {
        @Dependency
        Handled handled;

        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
            handled.replayIds.add(notification.replayId().orElseThrow());
        }
    }

    @BeforeEach
    @AfterEach
    void clean() {
        try (Jedis redis = new Jedis(java.net.URI.create(RedisReplayStoreTest.URI))) {
            redis.del(RedisLeaderLease.KEY_PREFIX + SERVICE);
            redis.keys(prefix + "*").forEach(redis::del);
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void onlyTheLeaderStreamsAndAStoppedLeaderHandsOverWithoutLossOrDuplicates() throws Exception {
        failOver(ServiceContainer::stop, true);
    }

    @Test
    void aDeadLeaderIsReplacedWhenItsLeaseExpiresWithoutLoss() throws Exception {
        failOver(ServiceContainer::kill, false);
    }

    private void failOver(Consumer<ServiceContainer> end, boolean graceful) throws Exception {
        Emulator emulator = emulators.emulator();
        Handled firstHandled = new Handled();
        Handled secondHandled = new Handled();
        ServiceContainer first = container(emulator, firstHandled);
        ServiceContainer second = container(emulator, secondHandled);
        List<Long> published = new ArrayList<>();
        try {
            first.start();
            await().atMost(Duration.ofSeconds(30)).until(first::isStreaming);
            second.start();
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> !second.isStreaming());

            for (int i = 0; i < 20; i++) {
                published.add(publish(emulator, i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> firstHandled.replayIds.size() >= 10);
            end.accept(first);
            for (int i = 20; i < 30; i++) {
                published.add(publish(emulator, i));
            }
            await().atMost(Duration.ofSeconds(30)).until(second::isStreaming);
            for (int i = 30; i < 40; i++) {
                published.add(publish(emulator, i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Set<Long> all = new HashSet<>(firstHandled.replayIds);
                all.addAll(secondHandled.replayIds);
                return all.containsAll(published);
            });
            assertThat(secondHandled.replayIds).isNotEmpty();
            if (graceful) {
                List<Long> everything = new ArrayList<>(firstHandled.replayIds);
                everything.addAll(secondHandled.replayIds);
                assertThat(everything).as("each event handled by exactly one replica").doesNotHaveDuplicates()
                        .hasSameSizeAs(published);
            }
        } finally {
            first.stop();
            second.stop();
        }
    }

    private ServiceContainer container(Emulator emulator, Handled handled) {
        Map<String, Object> section = emulator.salesforceConfig();
        RedisReplayStore store = RedisReplayStore.open(RedisReplayStoreTest.URI, prefix, Duration.ofSeconds(600));
        opened.add(store);
        return ServiceContainer.builder(ShipmentService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section)))
                .replaceDependency(Handled.class, handled)
                .replayStore(store)
                .leaderElection(new RedisLeaderElection(RedisReplayStoreTest.URI, LEASE))
                .streamingSettings(settings -> settings.withCommitInterval(Duration.ofMillis(20))
                        .withReconnectBackOffBase(Duration.ofMillis(50)).withReconnectBackOffCap(Duration.ofSeconds(1)))
                .build();
    }

    private static long publish(Emulator emulator, int n) {
        return emulator.streaming().publish(CHANNEL, new LinkedHashMap<>(Map.of("payload", Map.of("n", n))));
    }
}
