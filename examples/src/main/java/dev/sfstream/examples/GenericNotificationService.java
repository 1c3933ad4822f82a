package dev.sfstream.examples;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Generic Notification Handling": declares the PushTopic {@code ContactUpdates} from the query at start
 * (creating it, or updating it when it exists with other values), then subscribes to it.
 */
@ServiceName("some-service")
public class GenericNotificationService {
    private static final Logger LOG = LoggerFactory.getLogger(GenericNotificationService.class);

    /** Handles Salesforce contacts updates. */
    @HandleNotification(name = "ContactUpdates", query = "SELECT Id, FirstName, LastName FROM Contact")
    public void handleContactUpdates(String name, Notification notification) {
        LOG.info("{}: contact {} was {}", name, notification.sobject().get("Id"), notification.eventType());
    }
}
