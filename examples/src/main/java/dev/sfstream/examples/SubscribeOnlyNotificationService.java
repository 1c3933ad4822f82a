package dev.sfstream.examples;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generic notification handling without declaring: with no query, {@code @HandleNotification} only
 * subscribes to {@code /topic/ContactUpdates}, which must already exist.
 */
@ServiceName("some-service")
public class SubscribeOnlyNotificationService {
    private static final Logger LOG = LoggerFactory.getLogger(SubscribeOnlyNotificationService.class);

    /** Handles Salesforce contacts updates from an existing PushTopic. */
    @HandleNotification(name = "ContactUpdates")
    public void handleContactUpdates(String name, Notification notification) {
        LOG.info("{}: contact {} was {}", name, notification.sobject().get("Id"), notification.eventType());
    }
}
