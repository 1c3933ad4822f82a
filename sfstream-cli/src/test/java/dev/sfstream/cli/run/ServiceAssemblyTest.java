package dev.sfstream.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.redis.RedisLeaderLease;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/** What the configuration makes {@code sfstream run} wire: here {@code LEADER_LEASE}. */
class ServiceAssemblyTest {
    private static final String REDIS = "redis://127.0.0.1:6379/11";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @AfterEach
    void releaseLease() {
        try (Jedis redis = new Jedis(URI.create(REDIS))) {
            redis.del(RedisLeaderLease.KEY_PREFIX + "process-test");
        }
    }

    @Test
    void aLeaderLeaseMakesTheServiceStreamOnlyWhileItHoldsTheLeaseInRedis() {
        Emulator emulator = emulators.emulator();
        Map<String, Object> salesforce = new LinkedHashMap<>();
        salesforce.put("USERNAME", OrgFixture.DEFAULT_USERNAME);
        salesforce.put("PASSWORD", OrgFixture.DEFAULT_PASSWORD);
        salesforce.put("SECURITY_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN);
        salesforce.put("SANDBOX", false);
        salesforce.put("LOGIN_URL", emulator.baseUrl());
        salesforce.put("PUSHTOPIC_REPLAY_ENABLED", true);
        salesforce.put("PUSHTOPIC_REPLAY_REDIS_URI", REDIS);
        salesforce.put("LEADER_LEASE", 5);
        try (ServiceAssembly assembly = new ServiceAssembly()) {
            List<ServiceContainer> containers = assembly.build(SfstreamConfig.of(Map.of("SALESFORCE", salesforce)),
                    List.of(ProcessTestService.class), builder -> { });
            ServiceContainer container = containers.get(0);
            container.start();
            try {
                await().atMost(Duration.ofSeconds(30)).until(container::isStreaming);
                try (Jedis redis = new Jedis(URI.create(REDIS))) {
                    assertThat(redis.pttl(RedisLeaderLease.KEY_PREFIX + "process-test")).isPositive()
                            .isLessThanOrEqualTo(5_000);
                }
            } finally {
                container.stop();
            }
            try (Jedis redis = new Jedis(URI.create(REDIS))) {
                assertThat(redis.exists(RedisLeaderLease.KEY_PREFIX + "process-test")).as("released on stop")
                        .isFalse();
            }
        }
    }
}
