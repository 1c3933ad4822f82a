package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.Dependency;
import dev.sfstream.notification.Notification;
import java.util.Map;

/** Re-publishes every account change as an Order__e through its EventPublisher dependency. */
@ServiceName("order-relay")
public class OrderRelayService {
    @Dependency
    EventPublisher publisher;

    @Subscribe("/data/AccountChangeEvent")
    public Object relay(Notification change) {
        return publisher.publish("Order__e", Map.of("Number__c", 42)).orThrow().id();
    }

    @Subscribe(PubSubFixture.ORDERS)
    public Object order(Notification order) {
        return order.payload().get("Number__c");
    }
}
