package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.annotation.Transport;
import dev.sfstream.notification.Notification;

/** Names a managed subscription for a channel it keeps on CometD, which has none. */
@ServiceName("managed-on-cometd")
public class ManagedOnCometdService {
    @Subscribe(PubSubFixture.ORDERS)
    @Transport(value = "cometd", managedSubscription = "Orders_Sub")
    public void order(Notification order) {
    }
}
