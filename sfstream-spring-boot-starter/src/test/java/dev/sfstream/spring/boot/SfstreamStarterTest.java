package dev.sfstream.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.spring.boot.test.SfstreamEmulatorTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application with two service beans against the emulator ({@link SfstreamEmulatorTest}), replay ids in
 * Redis from the {@code sfstream.*} properties, channels from {@code ${...}} placeholders, a DependencyProvider bean,
 * health and metrics.
 */
@SpringBootTest(classes = {TwoServicesApplication.class, SfstreamStarterTest.DeleteKeysOnClose.class}, properties = {
        "app.sobject=Account", "app.channel=/event/Order__e",
        "sfstream.salesforce.pushtopic-replay-enabled=true",
        "sfstream.salesforce.pushtopic-replay-redis-uri=" + RedisKeys.URI_TEXT,
        "management.endpoint.health.show-details=always"})
@SfstreamEmulatorTest
@DirtiesContext
class SfstreamStarterTest {
    private static final RedisKeys REDIS = new RedisKeys();

    @Autowired
    Emulator emulator;
    @Autowired
    Received received;
    @Autowired
    SfstreamServices services;
    @Autowired
    MeterRegistry registry;
    @Autowired
    HealthEndpoint health;

    @DynamicPropertySource
    static void replayKeyPrefix(DynamicPropertyRegistry properties) {
        properties.add("sfstream.salesforce.pushtopic-replay-key-prefix", REDIS::prefix);
    }

    /** Deletes the test's Redis keys when the context closes, after the services committed their last positions. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DeleteKeysOnClose {
        @Bean
        DisposableBean deleteReplayKeys() {
            return REDIS::deleteAll;
        }
    }

    @Test
    void twoServiceBeansReceiveEventsAndStoreReplayIdsInRedis() {
        assertThat(services.containers()).extracting(container -> container.serviceName())
                .containsExactly("accounts", "orders");
        emulator.createRecord("Account", Map.of("Name", "Acme"));
        emulator.createRecord("Account", Map.of("Name", "Globex"));
        long lastOrder = 0;
        for (int i = 1; i <= 2; i++) {
            lastOrder = emulator.streaming().publish("/event/Order__e", Map.of("payload", Map.of("Amount__c", i)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received.of("accounts").size() == 2
                && received.of("orders").size() == 2);

        List<Received.Handled> all = Stream.concat(received.of("accounts").stream(), received.of("orders").stream())
                .toList();
        assertThat(all).extracting(Received.Handled::instance).as("a new bean instance per worker")
                .doesNotHaveDuplicates().hasSize(4);
        assertThat(all).extracting(handled -> handled.worker().callId()).as("@Dependency values per worker")
                .doesNotHaveDuplicates().hasSize(4);
        assertThat(received.of("accounts")).extracting(Received.Handled::argument).containsOnly("Account");
        assertThat(received.of("orders")).extracting(Received.Handled::argument).containsOnly("/event/Order__e");

        long lastAccount = received.of("accounts").stream().mapToLong(handled -> handled.notification().replayId().orElseThrow())
                .max().orElseThrow();
        String orderReplayId = Long.toString(lastOrder);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(REDIS.get(REDIS.prefix() + "/topic/Account")).isEqualTo(Long.toString(lastAccount));
            assertThat(REDIS.get(REDIS.prefix() + "/event/Order__e")).isEqualTo(orderReplayId);
        });

        Counter handled = registry.find("sfstream.events.handled").tag("service", "accounts").counter();
        assertThat(handled).as("meters in the context's registry").isNotNull();
        assertThat(handled.count()).isEqualTo(2.0);
    }

    @Test
    void placeholdersInAnnotationsResolveFromTheEnvironment() {
        assertThat(emulator.records("PushTopic")).extracting(topic -> topic.get("Name")).contains("Account");
        assertThat(emulator.requests()).anySatisfy(request -> assertThat(request.body())
                .contains("/meta/subscribe").contains("/event/Order__e"));
    }

    @Test
    void healthGoesDownWhenTheSessionIsDroppedAndUpAfterRecovery() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> status("accounts").equals(Status.UP)
                && status("orders").equals(Status.UP));
        ControlApi control = new ControlApi(emulator);
        control.post("/__emulator__/faults", "{\"path\":\"/cometd\",\"status\":502,\"times\":-1}");
        try {
            control.post("/__emulator__/sessions/drop", "{}");
            await().atMost(Duration.ofSeconds(20)).until(() -> status("accounts").equals(Status.DOWN)
                    && status("orders").equals(Status.DOWN));
            assertThat(health.healthForPath("sfstream").getStatus()).isEqualTo(Status.DOWN);
        } finally {
            control.post("/__emulator__/faults/clear", "{}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status("accounts").equals(Status.UP)
                && status("orders").equals(Status.UP));
    }

    private Status status(String service) {
        return health.healthForPath("sfstream", service).getStatus();
    }
}
