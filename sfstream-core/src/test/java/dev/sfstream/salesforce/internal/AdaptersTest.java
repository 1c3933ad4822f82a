package dev.sfstream.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ContainerState;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A configuration that asks for an adapter no module on the class path provides (sfstream-core's tests have
 * no sfstream-redis) fails the start, naming the key and the module; replay ids never silently stay in memory.
 */
class AdaptersTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @ServiceName("adapters")
    public static class OrderService {
        @Subscribe("/event/Order__e")
        public void handle(Notification notification) {
        }
    }

    @Test
    void replayEnabledWithoutAStoreProviderFailsTheStartNamingTheKeyAndTheModule() {
        assertRefused(Map.of("PUSHTOPIC_REPLAY_ENABLED", true), "`SALESFORCE.PUSHTOPIC_REPLAY_ENABLED` is true",
                null);
    }

    @Test
    void aRedisDeadLetterWithoutItsProviderFailsTheStartNamingTheKeyAndTheModule() {
        assertRefused(Map.of("DEAD_LETTER", "redis"), "`SALESFORCE.DEAD_LETTER` is `redis`", null);
    }

    @Test
    void aLeaderLeaseWithoutItsProviderFailsTheStartNamingTheKeyAndTheModule() {
        assertRefused(Map.of("PUSHTOPIC_REPLAY_ENABLED", true, "LEADER_LEASE", 5), "`SALESFORCE.LEADER_LEASE` is set",
                new InMemoryReplayStore());
    }

    private void assertRefused(Map<String, Object> keys, String naming, ReplayStore givenStore) {
        Map<String, Object> section = new LinkedHashMap<>(Map.of("USERNAME", "u", "PASSWORD", "p",
                "SECURITY_TOKEN", "t", "SANDBOX", false, "LOGIN_URL", emulators.emulator().baseUrl(),
                "PUSHTOPIC_REPLAY_REDIS_URI", "redis://127.0.0.1:6379/11"));
        section.putAll(keys);
        ServiceContainer container = ServiceContainer.builder(OrderService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section))).replayStore(givenStore).build();
        assertThatThrownBy(container::start).isInstanceOf(ServiceStartException.class)
                .hasMessageContaining(naming)
                .hasMessageContaining("add dev.sfstream:sfstream-redis");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
    }
}
