package dev.sfstream.amqp.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventSubscriptionTest {
    @SuppressWarnings("unused")
    static class Handlers {
        @EventHandler(sourceService = "orders", eventType = "order_created")
        void pool(Object payload) {
        }

        @EventHandler(sourceService = "orders", eventType = "order_created", handlerType = HandlerType.SINGLETON,
                reliableDelivery = false)
        void singleton(Object payload) {
        }

        @EventHandler(sourceService = "orders", eventType = "order_created", handlerType = HandlerType.BROADCAST,
                reliableDelivery = false)
        void broadcast(Object payload) {
        }

        @EventHandler(sourceService = "orders", eventType = "order_created", handlerType = HandlerType.BROADCAST)
        void reliableBroadcast(Object payload) {
        }
    }

    private static EventHandler handler(String method) throws NoSuchMethodException {
        Method m = Handlers.class.getDeclaredMethod(method, Object.class);
        return m.getAnnotation(EventHandler.class);
    }

    @Test
    void servicePoolQueueIsPerServiceMethodDurableAndKept() throws Exception {
        EventSubscription subscription = EventSubscription.of("billing", "pool", handler("pool"));

        assertThat(subscription.queueName()).isEqualTo("evt-orders-order_created--billing.pool");
        assertThat(subscription.exchange()).isEqualTo("orders.events");
        assertThat(subscription.durable()).isTrue();
        assertThat(subscription.autoDelete()).isFalse();
        assertThat(subscription.exclusive()).isFalse();
    }

    @Test
    void singletonQueueIsPerSourceAndEvent() throws Exception {
        EventSubscription subscription = EventSubscription.of("billing", "singleton", handler("singleton"));

        assertThat(subscription.queueName()).isEqualTo("evt-orders-order_created");
        assertThat(subscription.autoDelete()).isTrue();
        assertThat(subscription.exclusive()).isFalse();
    }

    @Test
    void broadcastQueueIsPerInstanceWithAUuidHexIdentifier() throws Exception {
        EventSubscription first = EventSubscription.of("billing", "broadcast", handler("broadcast"));
        EventSubscription second = EventSubscription.of("billing", "broadcast", handler("broadcast"));

        assertThat(first.queueName()).matches("evt-orders-order_created--billing\\.broadcast-[0-9a-f]{32}");
        assertThat(first.queueName()).isNotEqualTo(second.queueName());
        assertThat(first.durable()).isTrue();
        assertThat(first.autoDelete()).isTrue();
        assertThat(first.exclusive()).isTrue();
    }

    @Test
    void reliableBroadcastIsAConfigurationErrorNamingTheMethod() {
        assertThatThrownBy(() -> EventSubscription.of("billing", "reliableBroadcast", handler("reliableBroadcast")))
                .isInstanceOf(EventHandlerConfigurationException.class)
                .hasMessageContaining("billing.reliableBroadcast")
                .hasMessageContaining("reliableDelivery = false")
                .hasMessageContaining("BROADCAST_IDENTIFIER");
    }

    @Test
    void aFixedBroadcastIdentifierNamesTheInstancesQueue() throws Exception {
        EventSubscription subscription = EventSubscription.of("billing", "broadcast", handler("broadcast"),
                Optional.of("host-1"));

        assertThat(subscription.queueName()).isEqualTo("evt-orders-order_created--billing.broadcast-host-1");
        assertThat(subscription.autoDelete()).isTrue();
        assertThat(subscription.exclusive()).isTrue();
    }

    @Test
    void aFixedBroadcastIdentifierAllowsAReliableBroadcastQueue() throws Exception {
        EventSubscription subscription = EventSubscription.of("billing", "reliableBroadcast",
                handler("reliableBroadcast"), Optional.of("host-1"));

        assertThat(subscription.queueName()).isEqualTo("evt-orders-order_created--billing.reliableBroadcast-host-1");
        assertThat(subscription.durable()).isTrue();
        assertThat(subscription.autoDelete()).isFalse();
        assertThat(subscription.exclusive()).isFalse();
    }

    @Test
    void theBroadcastIdentifierIsIgnoredByOtherHandlerTypes() throws Exception {
        EventSubscription subscription = EventSubscription.of("billing", "pool", handler("pool"), Optional.of("host-1"));

        assertThat(subscription.queueName()).isEqualTo("evt-orders-order_created--billing.pool");
        assertThat(subscription.broadcastIdentifier()).isNull();
    }
}
