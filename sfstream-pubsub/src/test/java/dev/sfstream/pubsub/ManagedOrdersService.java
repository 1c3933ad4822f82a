package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.annotation.Transport;
import dev.sfstream.notification.Notification;

/** Orders over a Pub/Sub managed subscription, chosen per entrypoint. */
@ServiceName("managed-orders")
public class ManagedOrdersService {
    @Subscribe(PubSubFixture.ORDERS)
    @Transport(value = "pubsub", managedSubscription = ManagedSubscriptionTest.SUBSCRIPTION)
    public Object order(Notification order) {
        return order.payload().get("Number__c");
    }
}
