package dev.sfstream.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.container.ServiceStartException;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.ServiceUnderTest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/** Two services never silently share a stored replay position, while a Python-original key is still used. */
class ReplayIsolationTest {
    private static final String REDIS = "redis://127.0.0.1:6379/11";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final String otherPrefix = "sfstream-test:" + UUID.randomUUID() + ":other:";

    @AfterEach
    void clean() {
        try (Jedis redis = redis()) {
            for (String each : new String[] {prefix, otherPrefix}) {
                redis.keys(each + "*").forEach(redis::del);
                redis.keys(ReplayKeyOwners.OWNER_PREFIX + each + "*").forEach(redis::del);
            }
        }
    }

    @Test
    void aSecondServiceOnTheSameKeyIsRefusedAndTheFirstResumesWhereItStopped() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest first = service(OrderService.class, emulator, prefix)) {
            publish(emulator, "first-run");
            await().atMost(Duration.ofSeconds(20)).until(() -> !first.calls("placed").isEmpty());
        }
        String replayKey = prefix + OrderService.CHANNEL;
        assertThatThrownBy(() -> service(OtherOrderService.class, emulator, prefix))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("service orders-b cannot store its replay ids under `" + replayKey + "`")
                .hasMessageContaining("service orders-a stores its position there")
                .hasMessageContaining("`SALESFORCE.PUSHTOPIC_REPLAY_KEY_PREFIX`");
        try (ServiceUnderTest other = service(OtherOrderService.class, emulator, otherPrefix)) {
            publish(emulator, "while-first-stopped");
            await().atMost(Duration.ofSeconds(20)).until(() -> !other.calls("placed").isEmpty());
        }
        try (ServiceUnderTest first = service(OrderService.class, emulator, prefix)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !first.calls("placed").isEmpty());
            assertThat(first.calls("placed")).singleElement().satisfies(call -> assertThat(
                    call.notification().payload()).containsEntry("Marker__c", "while-first-stopped"));
        }
    }

    @Test
    void aKeyThePythonOriginalStoredIsPickedUpByDefault() {
        Emulator emulator = emulators.emulator();
        publish(emulator, "handled-by-python");
        long pythonPosition = publish(emulator, "also-handled-by-python");
        publish(emulator, "not-yet-handled");
        try (Jedis redis = redis()) {
            redis.set(prefix + OrderService.CHANNEL, Long.toString(pythonPosition));
        }
        try (ServiceUnderTest service = service(OrderService.class, emulator, prefix)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !service.calls("placed").isEmpty());
            assertThat(service.calls("placed")).singleElement().satisfies(call -> assertThat(
                    call.notification().payload()).containsEntry("Marker__c", "not-yet-handled"));
        }
        try (Jedis redis = redis()) {
            assertThat(redis.get(ReplayKeyOwners.ownerKeyOf(prefix + OrderService.CHANNEL))).isEqualTo("orders-a");
        }
    }

    private static ServiceUnderTest service(Class<?> type, Emulator emulator, String keyPrefix) {
        return ServiceUnderTest.builder(type, emulator)
                .salesforce("PUSHTOPIC_REPLAY_ENABLED", true)
                .salesforce("PUSHTOPIC_REPLAY_REDIS_URI", REDIS)
                .salesforce("PUSHTOPIC_REPLAY_KEY_PREFIX", keyPrefix)
                .start();
    }

    private static long publish(Emulator emulator, String marker) {
        return emulator.streaming().publish(OrderService.CHANNEL,
                new LinkedHashMap<>(Map.of("payload", new LinkedHashMap<>(Map.of("Marker__c", marker)))));
    }

    private static Jedis redis() {
        return new Jedis(URI.create(REDIS));
    }
}
