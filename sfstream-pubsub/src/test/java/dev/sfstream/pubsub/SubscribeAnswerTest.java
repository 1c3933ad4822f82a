package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.testkit.ServiceUnderTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code awaitSubscribed} over Pub/Sub answers for the {@code Subscribe} call itself: a stream Salesforce refuses
 * (a rejected replay id, a stopped managed subscription) is a failed subscription by then, and a start that names
 * such a channel fails; an accepted stream on an idle topic counts without waiting for a keepalive (the emulator
 * keeps Salesforce's 270 s here).
 */
class SubscribeAnswerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ACCOUNTS = "/data/AccountChangeEvent";
    private static final long NOT_RETAINED = 1_000_000;

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder
            .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER))
            .pubSubTimers(PubSubTimers.SALESFORCE));

    @Test
    void anIdleTopicCountsAsSubscribedWithoutAKeepalive(Emulator emulator) throws Exception {
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             StreamingSession session = fixture.session(new InMemoryReplayStore()).build()) {
            session.subscribe(PubSubFixture.ORDERS, event -> { });
            session.start();

            assertThat(session.awaitSubscribed(WAIT)).isTrue();
            assertThat(session.failedSubscriptions()).isEmpty();
        }
    }

    @Test
    void aReplayIdRejectedWithFallbackFailIsAFailedSubscriptionWhenTheWaitEnds(Emulator emulator) throws Exception {
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save("pubsub:" + PubSubFixture.ORDERS, NOT_RETAINED);
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             StreamingSession session = fixture.session(store)
                     .settings(PubSubFixture.fastSettings().withReplayFallback(ReplayFallback.FAIL)).build()) {
            session.subscribe(PubSubFixture.ORDERS, event -> { });
            session.start();

            assertThat(session.awaitSubscribed(WAIT)).isFalse();
            assertThat(session.failedSubscriptions()).singleElement()
                    .satisfies(failure -> assertThat(failure.channel()).isEqualTo(PubSubFixture.ORDERS));
        }
    }

    @Test
    void oneRefusedChannelIsReportedWhileTheOtherIsSubscribed(Emulator emulator) throws Exception {
        stopOrdersSubscription(emulator);
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             StreamingSession session = fixture.session(new InMemoryReplayStore(), fixture.pubSubSettings()
                     .withManagedSubscription(PubSubFixture.ORDERS, ManagedSubscriptionTest.SUBSCRIPTION)).build()) {
            session.subscribe(PubSubFixture.ORDERS, event -> { });
            session.subscribe(ACCOUNTS, event -> { });
            session.start();

            assertThat(session.awaitSubscribed(WAIT)).isTrue();
            assertThat(session.failedSubscriptions()).singleElement().satisfies(failure -> {
                assertThat(failure.channel()).isEqualTo(PubSubFixture.ORDERS);
                assertThat(failure.explanation()).contains(ManagedSubscriptionTest.SUBSCRIPTION);
            });
        }
    }

    @Test
    void aServiceWhoseChannelIsRefusedFailsToStartNamingTheChannel(Emulator emulator) {
        stopOrdersSubscription(emulator);

        assertThatThrownBy(() -> ServiceUnderTest.builder(ManagedOrdersService.class, emulator)
                .salesforce("PUBSUB_HOST", "127.0.0.1").salesforce("PUBSUB_PORT", emulator.pubSubPort())
                .salesforce("PUBSUB_PLAINTEXT", true).start().close())
                .hasStackTraceContaining("Salesforce refused " + PubSubFixture.ORDERS);
    }

    private static void stopOrdersSubscription(Emulator emulator) {
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            fixture.control("/__emulator__/pubsub/managed-subscriptions", "{\"developerName\": \""
                    + ManagedSubscriptionTest.SUBSCRIPTION + "\", \"topicName\": \"" + PubSubFixture.ORDERS
                    + "\", \"state\": \"STOP\"}");
        }
    }
}
