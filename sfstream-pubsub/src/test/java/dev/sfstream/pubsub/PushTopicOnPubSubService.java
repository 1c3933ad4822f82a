package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;

/** Asks for a PushTopic channel over Pub/Sub, which does not carry it. */
@ServiceName("pushtopic-on-pubsub")
public class PushTopicOnPubSubService {
    @Subscribe(value = "/topic/AccountNames", transport = "pubsub")
    public void accounts(Notification notification) {
    }
}
