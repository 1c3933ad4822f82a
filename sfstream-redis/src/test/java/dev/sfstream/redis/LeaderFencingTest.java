package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/** A leader that can no longer prove its lease hands no event to a handler once a standby may have taken over. */
class LeaderFencingTest {
    private static final String CHANNEL = "/event/Fenced__e";
    private static final String SERVICE = "leader-fencing-test";
    private static final Duration LEASE = Duration.ofSeconds(2);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final List<ServiceContainer> containers = new ArrayList<>();

    /** Records the markers one replica handled. */
    static final class Handled {
        final List<Object> markers = new CopyOnWriteArrayList<>();
    }

    @ServiceName(SERVICE)
    public static class FencedService {
        @Dependency
        Handled handled;

        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
            handled.markers.add(notification.payload().get("n"));
        }
    }

    /** A Redis lease election whose renewals a test can freeze, as a stopped process's would be. */
    static final class FreezableElection implements LeaderElection {
        private volatile RedisLeaderLease lease;

        @Override
        public Membership join(String serviceName, Runnable onLeading, Runnable onStandby) {
            RedisLeaderLease joined = RedisLeaderLease.open(RedisReplayStoreTest.URI, serviceName, LEASE);
            lease = joined;
            joined.keep(onLeading, onStandby);
            return new Membership() {
                @Override
                public void leave() {
                    joined.close();
                }

                @Override
                public boolean holdsLease() {
                    return joined.holdsLease();
                }

                @Override
                public void abandon() {
                    joined.abandon();
                }
            };
        }

        void freeze() {
            lease.freezeRenewals();
        }
    }

    @AfterEach
    void clean() {
        containers.forEach(ServiceContainer::kill);
        try (Jedis redis = new Jedis(URI.create(RedisReplayStoreTest.URI))) {
            redis.keys(prefix + "*").forEach(redis::del);
            redis.del(RedisLeaderLease.KEY_PREFIX + SERVICE);
        }
    }

    @Test
    void aLeaderFrozenPastItsLeaseHandsNothingOverAfterTheStandbyTookOver() {
        Emulator emulator = emulators.emulator();
        Handled first = new Handled();
        Handled second = new Handled();
        FreezableElection firstElection = new FreezableElection();
        ServiceContainer leader = container(emulator, first, firstElection);
        leader.start();
        await().atMost(Duration.ofSeconds(20)).until(leader::isStreaming);
        ServiceContainer standby = container(emulator, second, new FreezableElection());
        standby.start();
        publish(emulator, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> first.markers.contains(0));

        // The leader's renewals stop, but it still thinks it leads and its session still receives events.
        firstElection.freeze();
        await().atMost(Duration.ofSeconds(20)).until(standby::isStreaming);
        for (int n = 1; n <= 5; n++) {
            publish(emulator, n);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> second.markers.containsAll(List.of(1, 2, 3, 4, 5)));
        assertThat(leader.isStreaming()).as("the frozen leader never learned it lost the lease").isTrue();
        assertThat(first.markers).as("handled by the frozen leader").doesNotContain(1, 2, 3, 4, 5);
    }

    private ServiceContainer container(Emulator emulator, Handled handled, LeaderElection election) {
        Map<String, Object> salesforce = emulator.salesforceConfig();
        RedisReplayStore store = RedisReplayStore.open(RedisReplayStoreTest.URI, prefix, Duration.ofSeconds(600));
        ServiceContainer container = ServiceContainer.builder(FencedService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", salesforce)))
                .replaceDependency(Handled.class, handled)
                .replayStore(store).leaderElection(election)
                .streamingSettings(settings -> settings.withCommitInterval(Duration.ofMillis(20))
                        .withHandlerBackOff(Duration.ofMillis(20)).withStopTimeout(Duration.ofSeconds(2)))
                .build();
        containers.add(container);
        return container;
    }

    private static void publish(Emulator emulator, int n) {
        emulator.streaming().publish(CHANNEL, new LinkedHashMap<>(Map.of("payload", new LinkedHashMap<>(Map.of("n", n)))));
    }
}
