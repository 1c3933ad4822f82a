package dev.sfstream.amqp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.StallingProxy;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.events.EventDispatchException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dispatch} fails when the broker does not confirm the event. */
class UnconfirmedDispatchTest extends BrokerTestBase {
    @Test
    void aNackedPublishThrows() throws Exception {
        String service = broker.service("nack");
        String queue = broker.queue(TestBroker.unique("nack-full"));
        try (Channel channel = broker.channel()) {
            channel.exchangeDeclare(service + ".events", "topic", true, false, null);
            // a queue that can hold nothing and refuses overflow makes the broker nack every routed publish
            channel.queueDeclare(queue, true, false, false, Map.of("x-max-length", 0, "x-overflow", "reject-publish"));
            channel.queueBind(queue, service + ".events", "refused");
        }

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:nack")) {
            assertThatThrownBy(() -> dispatcher.dispatch(service, "refused", Map.of("a", 1)))
                    .isInstanceOf(EventDispatchException.class)
                    .hasMessageContaining("nacked")
                    .hasMessageContaining("'refused'")
                    .hasMessageContaining(service + ".events");
            dispatcher.dispatch(service, "accepted", 1);
        }
    }

    @Test
    void aConfirmThatDoesNotArriveInTimeThrowsOnceTheTimeoutIsUp() throws Exception {
        String service = broker.service("stalled");
        String queue = broker.bindTemporaryQueue(service + ".events", "stalled");
        Duration timeout = Duration.ofSeconds(1);

        try (StallingProxy proxy = new StallingProxy()) {
            StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(
                    AmqpConfig.of(proxy.uri()).withConfirmTimeout(timeout), "sfstream-test:stalled");
            dispatcher.dispatch(service, "stalled", "confirmed");
            // the broker still gets and confirms the next publish, but its confirm never reaches the client
            proxy.stallBrokerToClient();

            long start = System.nanoTime();
            assertThatThrownBy(() -> dispatcher.dispatch(service, "stalled", "unconfirmed"))
                    .isInstanceOf(EventDispatchException.class)
                    .hasMessageContaining("did not confirm event 'stalled' on exchange " + service + ".events")
                    .hasMessageContaining("within 1000 ms");
            Duration failedAfter = Duration.ofNanos(System.nanoTime() - start);
            start = System.nanoTime();
            dispatcher.close();
            Duration closedAfter = Duration.ofNanos(System.nanoTime() - start);

            // bounded by the confirm timeout, not by amqp-client's 10 s wait for a close-ok or by heartbeats
            assertThat(failedAfter).as("dispatch failed after %s", failedAfter)
                    .isBetween(timeout, timeout.plusSeconds(5));
            assertThat(closedAfter).as("close took %s", closedAfter).isLessThan(timeout.plusSeconds(5));
        }
        // the broker did take the unconfirmed event: a caller that dispatches it again may deliver it twice
        assertThat(broker.awaitMessage(queue, Duration.ofSeconds(5)).getBody()).asString().isEqualTo("\"confirmed\"");
        assertThat(broker.awaitMessage(queue, Duration.ofSeconds(5)).getBody()).asString().isEqualTo("\"unconfirmed\"");
    }

    @Test
    void anUnreachableBrokerThrowsAfterTheBoundedRetriesWithoutShowingThePassword() {
        AmqpConfig config = AmqpConfig.of("amqp://guest:s3cret-pw@127.0.0.1:1/").withPublishRetries(2);

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(config, "sfstream-test:down")) {
            assertThatThrownBy(() -> dispatcher.dispatch("nowhere", "lost", 1))
                    .isInstanceOf(EventDispatchException.class)
                    .hasMessageContaining("after 3 attempts")
                    .hasMessageContaining("127.0.0.1:1")
                    .hasMessageNotContaining("s3cret-pw");
        }
    }

    @Test
    void aChannelErrorFromTheBrokerThrowsAtOnce() throws Exception {
        String service = broker.service("no-exchange");
        AmqpConfig config = AmqpConfig.from(Map.of("AMQP_URI", TestBroker.URI, "DECLARE_EVENT_EXCHANGES", false));

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(config, "sfstream-test:no-exchange")) {
            assertThatThrownBy(() -> dispatcher.dispatch(service, "lost", 1))
                    .isInstanceOf(EventDispatchException.class)
                    .hasMessageContaining("404")
                    .hasMessageContaining(service + ".events");
        }
    }
}
