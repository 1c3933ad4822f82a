package dev.sfstream.examples;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.notification.Notification;
import dev.sfstream.rest.SalesforceApi;
import java.util.Map;

/**
 * Quick start: when someone creates or changes a contact, the service writes a note on it through the
 * REST API. Its own write is a change too, but {@code excludeCurrentUser} (the default) leaves out changes
 * made by the user sfstream logs in as, so the service never handles its own update and cannot loop.
 */
@ServiceName("contacts")
public class QuickStartService {
    /** The note written on each contact the service has seen. */
    public static final String NOTE = "Seen by sfstream";

    @Dependency
    SalesforceApi salesforce;

    /** Notes on each new or changed contact that the service has seen it. */
    @HandleSObjectNotification(value = "Contact", excludeCurrentUser = true)
    public void handleContactChanges(String sobjectType, String recordType, Notification notification) {
        String id = (String) notification.sobject().get("Id");
        salesforce.update(sobjectType, id, Map.of("Description", NOTE));
    }
}
