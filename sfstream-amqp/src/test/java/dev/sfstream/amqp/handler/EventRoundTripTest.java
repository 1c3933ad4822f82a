package dev.sfstream.amqp.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.amqp.dispatch.EventDispatcherProvider;
import dev.sfstream.amqp.dispatch.StandaloneEventDispatcher;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Java dispatches, Java receives, through the real broker, for every handler type. */
class EventRoundTripTest extends BrokerTestBase {
    private final List<EventConsumer> consumers = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /** One received event. */
    record Received(String instance, Object payload, Map<String, Object> contextData, List<String> parentCallIds) {
    }

    @AfterEach
    void cleanUp() throws Exception {
        consumers.forEach(EventConsumer::kill);
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    private EventConsumer consume(String instance, EventSubscription subscription, EventCallback callback)
            throws Exception {
        if (!subscription.autoDelete()) {
            broker.queue(subscription.queueName());
        }
        EventConsumer consumer = EventConsumer.start(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:" + instance, List.of(subscription), callback);
        consumers.add(consumer);
        return consumer;
    }

    private EventConsumer record(String instance, EventSubscription subscription,
                                 ConcurrentLinkedQueue<Received> into) throws Exception {
        return consume(instance, subscription, (s, payload, data, parents) ->
                into.add(new Received(instance, payload, data, parents)));
    }

    private StandaloneEventDispatcher dispatcher() {
        StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:dispatcher");
        closeables.add(dispatcher);
        return dispatcher;
    }

    private static EventSubscription subscription(String service, String method, String source, HandlerType type,
                                                  boolean reliable, boolean requeue) {
        return new EventSubscription(service, method, source, "thing_happened", type, reliable, requeue,
                type == HandlerType.BROADCAST ? TestBroker.unique("instance") : null);
    }

    @Test
    void servicePoolInstancesCompeteAndEachEventIsHandledOnce() throws Exception {
        String source = broker.service("rt-pool-src");
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        EventSubscription pool = subscription("rt-pool-svc", "handle", source, HandlerType.SERVICE_POOL, true, false);
        record("a", pool, received);
        record("b", pool, received);

        for (int i = 0; i < 40; i++) {
            dispatcher().dispatch(source, "thing_happened", Map.of("n", i));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 40);
        assertThat(received.stream().map(r -> ((Map<?, ?>) r.payload()).get("n")).distinct()).hasSize(40);
        assertThat(received).hasSize(40);
        assertThat(received.stream().map(Received::instance).distinct()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void singletonHandlersOfDifferentServicesShareOneQueue() throws Exception {
        String source = broker.service("rt-single-src");
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        record("x", subscription("rt-single-x", "on_thing", source, HandlerType.SINGLETON, true, false), received);
        record("y", subscription("rt-single-y", "other_name", source, HandlerType.SINGLETON, true, false), received);

        for (int i = 0; i < 20; i++) {
            dispatcher().dispatch(source, "thing_happened", i);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 20);
        assertThat(received).hasSize(20);
        assertThat(received.stream().map(Received::payload).distinct()).hasSize(20);
        assertThat(received.stream().map(Received::instance).distinct()).containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void broadcastDeliversEveryEventToEveryInstance() throws Exception {
        String source = broker.service("rt-bcast-src");
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        record("one", subscription("rt-bcast", "listen", source, HandlerType.BROADCAST, false, false), received);
        record("two", subscription("rt-bcast", "listen", source, HandlerType.BROADCAST, false, false), received);

        for (int i = 0; i < 10; i++) {
            dispatcher().dispatch(source, "thing_happened", "e" + i);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 20);
        assertThat(received.stream().filter(r -> r.instance().equals("one")).map(Received::payload))
                .containsExactlyInAnyOrderElementsOf(List.of("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9"));
        assertThat(received.stream().filter(r -> r.instance().equals("two"))).hasSize(10);
    }

    @Test
    void theReceiverContinuesTheSendersCallIdStackAndContext() throws Exception {
        String source = broker.service("rt-context-src");
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        record("r", subscription("rt-context", "handle", source, HandlerType.SERVICE_POOL, true, false), received);
        EventDispatcherProvider provider = new EventDispatcherProvider();
        provider.start(new ServiceContext(source, Map.of("AMQP_URI", TestBroker.URI)));
        closeables.add(provider::stop);
        WorkerContext sender = WorkerContext.start(source, "proxy", List.of("api.create.1"),
                Map.of("client_id", "c1", "replay_id", 7));

        provider.get(sender).dispatch("thing_happened", Map.of("ok", true));

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        Received event = received.peek();
        assertThat(event.payload()).isEqualTo(Map.of("ok", true));
        assertThat(event.parentCallIds()).isEqualTo(sender.callIdStack());
        assertThat(event.contextData()).isEqualTo(Map.of("client_id", "c1", "replay_id", 7));
        WorkerContext receiver = WorkerContext.start("rt-context", "handle", event.parentCallIds(), event.contextData());
        assertThat(receiver.callIdStack()).hasSize(3).startsWith("api.create.1", sender.callId());
    }

    @Test
    void aFailingHandlerIsAcknowledgedUnlessItAsksForRequeue() throws Exception {
        String source = broker.service("rt-fail-src");
        AtomicInteger plainAttempts = new AtomicInteger();
        AtomicInteger requeueAttempts = new AtomicInteger();
        consume("plain", subscription("rt-fail", "plain", source, HandlerType.SERVICE_POOL, true, false),
                (s, payload, data, parents) -> {
                    plainAttempts.incrementAndGet();
                    throw new IllegalStateException("handler failure on purpose");
                });
        consume("requeue", subscription("rt-fail", "requeue", source, HandlerType.SERVICE_POOL, true, true),
                (s, payload, data, parents) -> {
                    if (requeueAttempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("handler failure on purpose");
                    }
                });

        dispatcher().dispatch(source, "thing_happened", 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> requeueAttempts.get() >= 3 && plainAttempts.get() >= 1);
        try (Channel channel = broker.channel()) {
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    channel.queueDeclarePassive("evt-" + source + "-thing_happened--rt-fail.plain").getMessageCount() == 0
                    && channel.queueDeclarePassive("evt-" + source + "-thing_happened--rt-fail.requeue")
                            .getMessageCount() == 0);
        }
        assertThat(plainAttempts).hasValue(1);
        assertThat(requeueAttempts).hasValue(3);
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedAndTheConsumerCarriesOn() throws Exception {
        String source = broker.service("rt-poison-src");
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        EventSubscription subscription = subscription("rt-poison", "handle", source, HandlerType.SERVICE_POOL, true,
                false);
        record("p", subscription, received);

        try (Channel channel = broker.channel()) {
            channel.basicPublish(source + ".events", "thing_happened",
                    new AMQP.BasicProperties.Builder().contentType("application/x-python-serialize").build(),
                    "pickle".getBytes(StandardCharsets.UTF_8));
            channel.basicPublish(source + ".events", "thing_happened",
                    new AMQP.BasicProperties.Builder().contentType("application/json").build(),
                    "{broken".getBytes(StandardCharsets.UTF_8));
        }
        dispatcher().dispatch(source, "thing_happened", "after");

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        assertThat(received).extracting(Received::payload).containsExactly("after");
        try (Channel channel = broker.channel()) {
            assertThat(channel.queueDeclarePassive(subscription.queueName()).getMessageCount()).isZero();
        }
    }

    @Test
    void theConsumerDeclaresNamekosQueueAndConsumesWithManualAckAndPrefetchMaxWorkers() throws Exception {
        String source = broker.service("rt-queue-src");
        EventSubscription subscription = subscription("rt-queue", "handle", source, HandlerType.SERVICE_POOL, true,
                false);
        record("q", subscription, new ConcurrentLinkedQueue<>());

        try (Channel channel = broker.channel()) {
            assertThat(channel.queueDeclarePassive(subscription.queueName()).getConsumerCount()).isEqualTo(1);
            channel.queueDeclare(subscription.queueName(), true, false, false, null);
        }
        assertThat(TestBroker.consumerSettings(subscription.queueName())).containsExactly("prefetch=10 ack=true");
    }
}
