package dev.sfstream.amqp.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.amqp.dispatch.StandaloneEventDispatcher;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** The broker closes the consumer's connection ({@code rabbitmqctl close_connection}) between events. */
class ConsumerConnectionLossTest extends BrokerTestBase {
    @Test
    void aConsumerWhoseConnectionIsDroppedRecoversAndMissesNothing() throws Exception {
        String source = broker.service("drop-consume-src");
        EventSubscription subscription = new EventSubscription("drop-consume", "handle", source, "numbered",
                HandlerType.SERVICE_POOL, true, false, null);
        broker.queue(subscription.queueName());
        ConcurrentLinkedQueue<Object> received = new ConcurrentLinkedQueue<>();
        String connection = "sfstream-test:" + TestBroker.unique("drop-consumer");
        try (EventConsumer consumer = EventConsumer.start(AmqpConfig.of(TestBroker.URI), connection,
                List.of(subscription), (s, payload, data, parents) -> received.add(payload));
             StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                     "sfstream-test:drop-consume-dispatcher")) {
            for (int n = 0; n < 10; n++) {
                dispatcher.dispatch(source, "numbered", n);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 10);

            assertThat(TestBroker.closeConnections(connection)).isEqualTo(1);
            for (int n = 10; n < 20; n++) {
                dispatcher.dispatch(source, "numbered", n);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> new HashSet<>(received).size() >= 20);
            assertThat(new HashSet<>(received)).containsAll(java.util.stream.IntStream.range(0, 20).boxed().toList());
        }
    }
}
