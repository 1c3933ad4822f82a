package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @Transport(value = "pubsub", managedSubscription = ...)} on a service's entrypoint. */
class ManagedSubscriptionServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder
            .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER))
            .managedSubscription(ManagedSubscription.of(ManagedSubscriptionTest.SUBSCRIPTION, PubSubFixture.ORDERS)
                    .withDefaultReplay(ManagedSubscription.Start.EARLIEST)));

    @Test
    void theEntrypointsChannelIsSubscribedWithItsManagedSubscriptionAndCommitted(Emulator emulator) {
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             ServiceUnderTest service = ServiceUnderTest.builder(ManagedOrdersService.class, emulator)
                     .salesforce("PUBSUB_HOST", "127.0.0.1").salesforce("PUBSUB_PORT", emulator.pubSubPort())
                     .salesforce("PUBSUB_PLAINTEXT", true).start()) {
            EntrypointWaiter order = service.waiter("order");
            long replayId = fixture.publishOrder(5);

            assertThat(order.awaitResult(WAIT)).isEqualTo(5.0);
            await().atMost(WAIT).until(() -> emulator.committedReplayId(ManagedSubscriptionTest.SUBSCRIPTION)
                    .orElse(-1) == replayId);
        }
    }

    @Test
    void aManagedSubscriptionOnACometdChannelFailsTheStartNamingTheEntrypoint(Emulator emulator) {
        assertThatThrownBy(() -> ServiceUnderTest.builder(ManagedOnCometdService.class, emulator).start().close())
                .hasStackTraceContaining("ManagedOnCometdService.order")
                .hasStackTraceContaining("@Transport(managedSubscription = \"Orders_Sub\") needs the pubsub transport");
    }

    @Test
    void entrypointsOfOneChannelNamingDifferentSubscriptionsFailTheStart(Emulator emulator) {
        assertThatThrownBy(() -> ServiceUnderTest.builder(TwoManagedNamesService.class, emulator)
                .salesforce("TRANSPORT", "pubsub").start().close())
                .hasStackTraceContaining("TwoManagedNamesService.second")
                .hasStackTraceContaining("channel /event/Order__e is subscribed with managed subscription Other_Sub"
                        + " here but with Orders_Sub by first");
    }
}
