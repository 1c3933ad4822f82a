package dev.sfstream.redis.internal;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;

/** Fails on every event, so that each one is dead-lettered. */
@ServiceName("poison")
public class PoisonService {
    /** Its channel. */
    public static final String CHANNEL = "/event/Adapter_Poison__e";

    @Subscribe(CHANNEL)
    public void fail(String channel, Notification event) {
        throw new IllegalStateException("cannot handle " + event.payload().get("Marker__c"));
    }
}
