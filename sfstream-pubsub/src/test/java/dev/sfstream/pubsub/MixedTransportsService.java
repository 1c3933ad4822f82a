package dev.sfstream.pubsub;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;

/** Platform events and change events over Pub/Sub (TRANSPORT: pubsub), a PushTopic over CometD, in one service. */
@ServiceName("mixed-transports")
public class MixedTransportsService {
    @Subscribe(PubSubFixture.ORDERS)
    public String order(String channel, Notification order) {
        return channel + " " + order.payload().get("Number__c");
    }

    @Subscribe("/data/AccountChangeEvent")
    public Object accountChanged(Notification change) {
        return change.payload().get("Name");
    }

    @HandleNotification(name = "AccountNames", query = "SELECT Id, Name FROM Account")
    public Object accountNamed(String name, Notification notification) {
        return notification.sobject().get("Name");
    }
}
