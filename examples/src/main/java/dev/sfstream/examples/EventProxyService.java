package dev.sfstream.examples;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.notification.Notification;
import java.util.Locale;

/**
 * "Salesforce to Nameko Event Proxy": re-publishes Lead and Opportunity changes as Nameko events named
 * {@code salesforce_lead_updated}, {@code salesforce_opportunity_created}, ..., with the changed record's
 * fields as payload.
 */
@ServiceName("some-service")
public class EventProxyService {
    @Dependency
    EventDispatcher dispatch;

    /** Proxies Salesforce object change notifications to Nameko events. */
    @HandleSObjectNotification("Lead")
    @HandleSObjectNotification("Opportunity")
    public void handleSalesforceUpdates(String sobjectType, String recordType, Notification notification) {
        String event = "salesforce_" + sobjectType.toLowerCase(Locale.ROOT) + "_" + notification.eventType();
        dispatch.dispatch(event, notification.sobject());
    }
}
