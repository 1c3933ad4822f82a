package dev.sfstream.examples;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Salesforce Objects Notification Handling": the PushTopic query is built from the sObject type
 * ({@code SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact ...}). Changes made by the user
 * sfstream logs in as are left out ({@code excludeCurrentUser} defaults to true).
 */
@ServiceName("some-service")
public class SObjectNotificationService {
    private static final Logger LOG = LoggerFactory.getLogger(SObjectNotificationService.class);

    /** Handles Salesforce contacts updates. */
    @HandleSObjectNotification("Contact")
    public void handleContactUpdates(String sobjectType, String recordType, Notification notification) {
        LOG.info("{} {} was {}", sobjectType, notification.sobject().get("Id"), notification.eventType());
    }
}
