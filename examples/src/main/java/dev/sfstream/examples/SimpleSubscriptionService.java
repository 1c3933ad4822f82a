package dev.sfstream.examples;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Simple Subscription": subscribes to a PushTopic that already exists in Salesforce. */
@ServiceName("some-service")
public class SimpleSubscriptionService {
    private static final Logger LOG = LoggerFactory.getLogger(SimpleSubscriptionService.class);

    /** Handles Salesforce invoice statement updates. */
    @Subscribe("/topic/InvoiceStatementUpdates")
    public void handleEvent(String topic, Notification event) {
        LOG.info("{}: invoice statement {} was {}", topic, event.sobject().get("Id"), event.eventType());
    }
}
