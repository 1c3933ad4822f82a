package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A service with SALESFORCE.TRANSPORT pubsub: events and change events on Pub/Sub, its PushTopic on CometD. */
class ServiceOverPubSubTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    @Test
    void eventsGoOverPubSubAndPushTopicsStayOnCometd(Emulator emulator) {
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             ServiceUnderTest service = pubSub(ServiceUnderTest.builder(MixedTransportsService.class, emulator),
                     emulator).start()) {
            EntrypointWaiter order = service.waiter("order");
            EntrypointWaiter account = service.waiter("accountChanged");
            EntrypointWaiter pushTopic = service.waiter("accountNamed");
            fixture.publishOrder(7);
            emulator.createRecord("Account", Map.of("Name", "Acme"));
            assertThat(order.awaitResult(WAIT)).isEqualTo(PubSubFixture.ORDERS + " 7.0");
            assertThat(account.awaitResult(WAIT)).isEqualTo("Acme");
            assertThat(pushTopic.awaitResult(WAIT)).isEqualTo("Acme");
        }
    }

    @Test
    void aPushTopicAskedForOnPubSubFailsTheStartNamingTheEntrypoint(Emulator emulator) {
        assertThatThrownBy(() -> pubSub(ServiceUnderTest.builder(PushTopicOnPubSubService.class, emulator), emulator)
                .start().close())
                .hasStackTraceContaining("PushTopicOnPubSubService.accounts @Subscribe(\"/topic/AccountNames\"): "
                        + "@Transport(\"pubsub\") cannot carry channel /topic/AccountNames");
    }

    private static ServiceUnderTest.Builder pubSub(ServiceUnderTest.Builder builder, Emulator emulator) {
        return builder.salesforce("TRANSPORT", "pubsub").salesforce("PUBSUB_HOST", "127.0.0.1")
                .salesforce("PUBSUB_PORT", emulator.pubSubPort()).salesforce("PUBSUB_PLAINTEXT", true)
                .salesforce("REPLAY_DEFAULT", "all");
    }
}
