package dev.sfstream.redis.internal;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;

/** Handles placed orders; the tests watch its workers. */
@ServiceName("orders-a")
public class OrderService {
    /** The channel both order services listen on. */
    public static final String CHANNEL = "/event/Adapter_Order__e";

    @Subscribe(CHANNEL)
    public void placed(String channel, Notification order) {
    }
}
