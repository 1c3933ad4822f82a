package dev.sfstream.examples;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The full set of PushTopic options of {@code @HandleNotification}. */
@ServiceName("some-service")
public class NotificationOptionsService {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationOptionsService.class);

    /**
     * Handles Salesforce contacts name changes: only first and last name changes of existing contacts;
     * any other modification is ignored (by Salesforce, which sends nothing for it).
     */
    @HandleNotification(
            name = "ContactNameUpdated",
            query = "SELECT Id, FirstName, LastName FROM Contact",
            notifyForFields = NotifyForFields.SELECT,
            notifyForOperationUpdate = true,
            notifyForOperationCreate = false,
            notifyForOperationUndelete = false,
            notifyForOperationDelete = false)
    public void handleContactUpdates(String name, Notification notification) {
        LOG.info("{}: contact {} is now {} {}", name, notification.sobject().get("Id"),
                notification.sobject().get("FirstName"), notification.sobject().get("LastName"));
    }
}
