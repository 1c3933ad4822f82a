package dev.sfstream.amqp.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.StallingProxy;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.amqp.dispatch.StandaloneEventDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventConsumerTest extends BrokerTestBase {
    @Test
    void stopFinishesTheHandlerInFlightAndLeavesLaterEventsQueued() throws Exception {
        EventSubscription subscription = jobSubscription("consumer-stop");
        String source = subscription.sourceService();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        EventConsumer consumer = EventConsumer.start(AmqpConfig.of(TestBroker.URI).withMaxWorkers(1),
                "sfstream-test:consumer-stop", List.of(subscription), (s, payload, data, parents) -> {
                    started.incrementAndGet();
                    release.await(10, TimeUnit.SECONDS);
                    finished.incrementAndGet();
                });
        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:consumer-stop-dispatcher")) {
            dispatcher.dispatch(source, "job", Map.of("n", 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> started.get() == 1);

            Thread stopping = new Thread(() -> consumer.stop(Duration.ofSeconds(10)));
            stopping.start();
            try (Channel channel = broker.channel()) {
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        channel.queueDeclarePassive(subscription.queueName()).getConsumerCount() == 0);
            }
            dispatcher.dispatch(source, "job", Map.of("n", 2));
            release.countDown();
            stopping.join(Duration.ofSeconds(15).toMillis());
            assertThat(stopping.isAlive()).isFalse();
        }

        assertThat(started).hasValue(1);
        assertThat(finished).hasValue(1);
        try (Channel channel = broker.channel()) {
            assertThat(channel.queueDeclarePassive(subscription.queueName()).getMessageCount()).isEqualTo(1);
        }
    }

    @Test
    void stopIsBoundedWhenTheBrokerStopsAnswering() throws Exception {
        EventSubscription subscription = jobSubscription("consumer-stall");
        Duration timeout = Duration.ofSeconds(1);
        try (StallingProxy proxy = new StallingProxy()) {
            EventConsumer consumer = EventConsumer.start(AmqpConfig.of(proxy.uri()), "sfstream-test:consumer-stall",
                    List.of(subscription), (s, payload, data, parents) -> { });
            proxy.stallBrokerToClient();

            long start = System.nanoTime();
            consumer.stop(timeout);
            Duration stoppedAfter = Duration.ofNanos(System.nanoTime() - start);
            // the consumer cancel is an RPC whose answer never comes: stop must not wait for it unbounded
            assertThat(stoppedAfter).as("stop took %s", stoppedAfter).isLessThan(timeout.plusSeconds(5));
        }
    }

    /** {@code service}.handle on "job" events of a fresh source service; the queue is deleted after the test. */
    private EventSubscription jobSubscription(String service) {
        EventSubscription subscription = new EventSubscription(service, "handle", broker.service(service + "-src"),
                "job", HandlerType.SERVICE_POOL, true, false, null);
        broker.queue(subscription.queueName());
        return subscription;
    }
}
