package dev.sfstream.amqp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.LongString;
import dev.sfstream.amqp.broker.BrokerTestBase;
import dev.sfstream.amqp.broker.TestBroker;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a Nameko consumer sees on the wire, checked with a raw AMQP client. */
class EventDispatcherWireTest extends BrokerTestBase {
    private EventDispatcherProvider provider;

    @AfterEach
    void cleanUp() throws Exception {
        if (provider != null) {
            provider.stop();
        }
    }

    private EventDispatcherProvider startProvider(String service) {
        provider = new EventDispatcherProvider();
        provider.start(new ServiceContext(service, Map.of("AMQP_URI", TestBroker.URI)));
        return provider;
    }

    @Test
    void dispatchFromAWorkerSendsNamekosExactMessage() throws Exception {
        String service = broker.service("wire-svc");
        String queue = broker.bindTemporaryQueue(service + ".events", "salesforce_lead_updated");
        WorkerContext worker = WorkerContext.start(service, "handle_salesforce_updates",
                List.of("caller.method.1"), Map.of("client_id", "4ad1x", "replay_id", 42L));
        EventDispatcher dispatcher = startProvider(service).get(worker);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("Id", "00Q1");
        payload.put("Name", "Ren\u00e9e");
        payload.put("Score", 1.5);
        dispatcher.dispatch("salesforce_lead_updated", payload);

        GetResponse message = broker.awaitMessage(queue, Duration.ofSeconds(10));
        assertThat(message.getEnvelope().getExchange()).isEqualTo(service + ".events");
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo("salesforce_lead_updated");
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8))
                .isEqualTo("{\"Id\": \"00Q1\", \"Name\": \"Ren\\u00e9e\", \"Score\": 1.5}");
        AMQP.BasicProperties properties = message.getProps();
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getContentEncoding()).isEqualTo("utf-8");
        assertThat(properties.getDeliveryMode()).isEqualTo(2);
        assertThat(properties.getPriority()).isEqualTo(0);
        assertThat(properties.getMessageId()).isNull();
        assertThat(properties.getCorrelationId()).isNull();
        assertThat(properties.getReplyTo()).isNull();
        assertThat(properties.getTimestamp()).isNull();
        assertThat(properties.getType()).isNull();
        assertThat(properties.getAppId()).isNull();
        assertThat(properties.getExpiration()).isNull();
        assertThat(properties.getUserId()).isNull();
        assertThat(properties.getClusterId()).isNull();

        Map<String, Object> headers = properties.getHeaders();
        assertThat(headers).containsOnlyKeys("nameko.call_id_stack", "nameko.client_id", "nameko.replay_id");
        assertThat(headers.get("nameko.call_id_stack")).isInstanceOf(List.class);
        List<?> stack = (List<?>) headers.get("nameko.call_id_stack");
        assertThat(stack).allMatch(LongString.class::isInstance);
        assertThat(stack.stream().map(Object::toString).toList()).isEqualTo(worker.callIdStack());
        assertThat(stack.get(1).toString()).matches(service
                + "\\.handle_salesforce_updates\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(headers.get("nameko.client_id")).isInstanceOf(LongString.class).hasToString("4ad1x");
        assertThat(headers.get("nameko.replay_id")).isEqualTo(42L);
    }

    @Test
    void declaresTheExchangeAsATopicDurableNotAutoDeleteWithoutArguments() throws Exception {
        String service = broker.service("wire-exchange");
        startProvider(service).get(WorkerContext.start(service, "m", List.of(), Map.of()))
                .dispatch("anything", Map.of());

        try (Channel channel = broker.channel()) {
            channel.exchangeDeclarePassive(service + ".events");
            channel.exchangeDeclare(service + ".events", "topic", true, false, false, null);
        }
        assertThatThrownBy(() -> {
            try (Channel channel = broker.channel()) {
                channel.exchangeDeclare(service + ".events", "topic", false, false, false, null);
            }
        }).hasStackTraceContaining("PRECONDITION_FAILED").hasStackTraceContaining("durable");
        assertThatThrownBy(() -> {
            try (Channel channel = broker.channel()) {
                channel.exchangeDeclare(service + ".events", "topic", true, true, false, null);
            }
        }).hasStackTraceContaining("PRECONDITION_FAILED").hasStackTraceContaining("auto_delete");
        assertThatThrownBy(() -> {
            try (Channel channel = broker.channel()) {
                channel.exchangeDeclare(service + ".events", "direct", true, false, false, null);
            }
        }).hasStackTraceContaining("PRECONDITION_FAILED").hasStackTraceContaining("type");
    }

    @Test
    void standaloneDispatcherSendsNoContextHeaders() throws Exception {
        String service = broker.service("wire-standalone");
        String queue = broker.bindTemporaryQueue(service + ".events", "ping");

        try (StandaloneEventDispatcher dispatcher = StandaloneEventDispatcher.fromConfig(
                Map.of("AMQP_URI", TestBroker.URI))) {
            dispatcher.dispatch(service, "ping", List.of(1, "two"));
        }

        GetResponse message = broker.awaitMessage(queue, Duration.ofSeconds(10));
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo("[1, \"two\"]");
        assertThat(message.getProps().getHeaders()).isEmpty();
        assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
    }

    @Test
    void reusesOneNamedConnectionForManyEvents() throws Exception {
        String service = broker.service("wire-reuse");
        String queue = broker.bindTemporaryQueue(service + ".events", "tick");
        EventDispatcherProvider started = startProvider(service);

        for (int i = 0; i < 20; i++) {
            started.get(WorkerContext.start(service, "tick", List.of(), Map.of())).dispatch("tick", i);
        }

        try (Channel channel = broker.channel()) {
            assertThat(channel.queueDeclarePassive(queue).getMessageCount()).isEqualTo(20);
        }
        assertThat(TestBroker.connectionsNamed(EventDispatcherProvider.connectionName(service))).hasSize(1);
    }
}
