package dev.sfstream.pubsub;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.annotation.Transport;
import dev.sfstream.notification.Notification;

/** Asks for a PushTopic channel over Pub/Sub, which does not carry it. */
@ServiceName("pushtopic-on-pubsub")
public class PushTopicOnPubSubService {
    @Subscribe("/topic/AccountNames")
    @Transport("pubsub")
    public void accounts(Notification notification) {
    }
}
