package dev.sfstream.amqp.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.amqp.dispatch.EventDispatcherProvider;
import dev.sfstream.amqp.dispatch.StandaloneEventDispatcher;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.InvalidServiceException;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @EventHandler} services run by the core's {@link ServiceContainer}, found through the ServiceLoader. */
class EventHandlerExtensionTest extends BrokerTestBase {
    static final String SOURCE = "sfstream-amqp-it-source";
    static final String RELAY = "sfstream-amqp-it-relay";

    /** Relays every {@code ping} as a {@code pong} of its own. */
    @ServiceName(RELAY)
    public static class Relay {
        @Dependency
        EventDispatcher dispatch;

        @EventHandler(sourceService = SOURCE, eventType = "ping")
        public void onPing(Map<String, Object> payload) {
            dispatch.dispatch("pong", payload);
        }
    }

    /** A typed payload. */
    public record Lead(String id, String name) {
    }

    /** Receives payloads converted to a record, from two stacked handlers. */
    @ServiceName("sfstream-amqp-it-typed")
    public static class Typed {
        @EventHandler(sourceService = SOURCE, eventType = "lead_created")
        @EventHandler(sourceService = SOURCE, eventType = "lead_updated")
        public Lead onLead(Lead lead) {
            return lead;
        }
    }

    /** Broadcast with reliable delivery: misconfigured unless the service has a fixed BROADCAST_IDENTIFIER. */
    @ServiceName("sfstream-amqp-it-bad")
    public static class ReliableBroadcast {
        @EventHandler(sourceService = SOURCE, eventType = "ping", handlerType = HandlerType.BROADCAST)
        public void everywhere(Object payload) {
        }
    }

    /** Misconfigured: two parameters. */
    @ServiceName("sfstream-amqp-it-bad")
    public static class TwoParameters {
        @EventHandler(sourceService = SOURCE, eventType = "ping")
        public void handle(Object payload, Object extra) {
        }
    }

    private ServiceContainer container;

    @BeforeEach
    void connect() throws Exception {
        broker.queue("evt-" + SOURCE + "-ping--" + RELAY + ".onPing");
        broker.queue("evt-" + SOURCE + "-lead_created--sfstream-amqp-it-typed.onLead");
        broker.queue("evt-" + SOURCE + "-lead_updated--sfstream-amqp-it-typed.onLead");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (container != null) {
            container.stop();
        }
        try (Channel channel = broker.channel()) {
            channel.exchangeDelete(SOURCE + ".events");
            channel.exchangeDelete(RELAY + ".events");
        }
    }

    private static SfstreamConfig config() {
        return SfstreamConfig.of(Map.of("AMQP_URI", TestBroker.URI, "max_workers", 4));
    }

    @Test
    void aHandlerThatDispatchesContinuesTheCallIdStackAndContext() throws Exception {
        container = ServiceContainer.builder(Relay.class).config(config()).build();
        container.start();
        String pongs = broker.bindTemporaryQueue(RELAY + ".events", "pong");
        EventDispatcherProvider upstream = new EventDispatcherProvider();
        upstream.start(new ServiceContext(SOURCE, Map.of("AMQP_URI", TestBroker.URI)));
        WorkerContext sender = WorkerContext.start(SOURCE, "proxy", List.of(), Map.of("client_id", "bayeux-1",
                "replay_id", 99));
        try {
            upstream.get(sender).dispatch("ping", Map.of("Id", "00Q1"));
        } finally {
            upstream.stop();
        }

        GetResponse pong = broker.awaitMessage(pongs, Duration.ofSeconds(10));
        assertThat(new String(pong.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"Id\": \"00Q1\"}");
        Map<String, Object> headers = pong.getProps().getHeaders();
        List<String> stack = ((List<?>) headers.get("nameko.call_id_stack")).stream().map(Object::toString).toList();
        assertThat(stack).hasSize(2);
        assertThat(stack.get(0)).isEqualTo(sender.callId());
        assertThat(stack.get(1)).startsWith(RELAY + ".onPing.");
        assertThat(headers.get("nameko.client_id")).hasToString("bayeux-1");
        assertThat(headers.get("nameko.replay_id")).isEqualTo(99);
    }

    @Test
    void aStandaloneEventStartsAFreshStack() throws Exception {
        container = ServiceContainer.builder(Relay.class).config(config()).build();
        container.start();
        String pongs = broker.bindTemporaryQueue(RELAY + ".events", "pong");

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:standalone")) {
            dispatcher.dispatch(SOURCE, "ping", Map.of("n", 1));
        }

        Map<String, Object> headers = broker.awaitMessage(pongs, Duration.ofSeconds(10)).getProps().getHeaders();
        assertThat(headers).containsOnlyKeys("nameko.call_id_stack");
        assertThat((List<?>) headers.get("nameko.call_id_stack")).hasSize(1);
    }

    @Test
    void payloadsAreConvertedToTheParameterTypeForStackedHandlers() throws Exception {
        ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
        container = ServiceContainer.builder(Typed.class).config(config())
                .workerListener((entrypoint, worker, arguments, result, failure) -> results.add(result))
                .build();
        container.start();

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:typed")) {
            dispatcher.dispatch(SOURCE, "lead_created", Map.of("id", "1", "name", "Ada"));
            dispatcher.dispatch(SOURCE, "lead_updated", Map.of("id", "2", "name", "Grace"));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> results.size() >= 2);
        assertThat(results).containsExactlyInAnyOrder(new Lead("1", "Ada"), new Lead("2", "Grace"));
    }

    @Test
    void misconfiguredHandlersAreRefusedWhenTheServiceIsBuilt() {
        assertThatThrownBy(() -> ServiceContainer.builder(TwoParameters.class).config(config()).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessageContaining("TwoParameters.handle")
                .hasMessageContaining("exactly one parameter");
    }

    @Test
    void aReliableBroadcastWithoutABroadcastIdentifierIsRefusedWhenTheServiceStarts() {
        // only the configuration tells whether the identifier is fixed, so this cannot be refused earlier
        container = ServiceContainer.builder(ReliableBroadcast.class).config(config()).build();

        assertThatThrownBy(container::start)
                .isInstanceOf(ServiceStartException.class)
                .hasCauseInstanceOf(InvalidServiceException.class)
                .hasMessageContaining("ReliableBroadcast.everywhere")
                .hasMessageContaining("reliableDelivery = false")
                .hasMessageContaining("BROADCAST_IDENTIFIER");
    }

    @Test
    void aFixedBroadcastIdentifierNamesTheInstancesQueueWhichThenKeepsEventsWhileItIsDown() throws Exception {
        String identifier = TestBroker.unique("host");
        String queue = broker.queue("evt-" + SOURCE + "-ping--sfstream-amqp-it-bad.everywhere-" + identifier);
        SfstreamConfig config = SfstreamConfig.of(Map.of("AMQP_URI", TestBroker.URI, "BROADCAST_IDENTIFIER", identifier));
        ConcurrentLinkedQueue<Object> received = new ConcurrentLinkedQueue<>();
        ServiceContainer.Builder instance = ServiceContainer.builder(ReliableBroadcast.class).config(config)
                .workerListener((entrypoint, worker, arguments, result, failure) -> received.add(arguments.get(0)));
        container = instance.build();
        container.start();
        container.stop();

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.create(AmqpConfig.of(TestBroker.URI),
                "sfstream-test:broadcast")) {
            dispatcher.dispatch(SOURCE, "ping", "sent while the instance was down");
        }
        try (Channel channel = broker.channel()) {
            assertThat(channel.queueDeclarePassive(queue).getMessageCount()).isEqualTo(1);
        }
        container = instance.build();
        container.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        assertThat(received).containsExactly("sent while the instance was down");
    }
}
