package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.annotation.Transport;
import dev.sfstream.notification.Notification;

/** Two entrypoints of one channel that name different managed subscriptions. */
@ServiceName("two-managed-names")
public class TwoManagedNamesService {
    @Subscribe(PubSubFixture.ORDERS)
    @Transport(value = "pubsub", managedSubscription = "Orders_Sub")
    public void first(Notification order) {
    }

    @Subscribe(PubSubFixture.ORDERS)
    @Transport(value = "pubsub", managedSubscription = "Other_Sub")
    public void second(Notification order) {
    }
}
