package dev.sfstream.redis.internal;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;

/** A second service on the same channel as {@link OrderService}. */
@ServiceName("orders-b")
public class OtherOrderService {
    @Subscribe(OrderService.CHANNEL)
    public void placed(String channel, Notification order) {
    }
}
