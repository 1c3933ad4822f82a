package dev.sfstream.examples;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Subscription Stacking": one method handles several channels; the first argument says which entrypoint
 * fired (here the PushTopic name).
 */
@ServiceName("some-service")
public class StackingService {
    private static final Logger LOG = LoggerFactory.getLogger(StackingService.class);

    /** Handles account and contact changes in one place. */
    @HandleNotification(name = "AccountUpdates", query = "SELECT Id, Name FROM Account")
    @HandleNotification(name = "ContactUpdates", query = "SELECT Id, FirstName, LastName FROM Contact")
    public void handleUpdates(String name, Notification notification) {
        LOG.info("{}: {} was {}", name, notification.sobject().get("Id"), notification.eventType());
    }
}
