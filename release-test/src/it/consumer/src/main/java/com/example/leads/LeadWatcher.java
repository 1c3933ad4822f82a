package com.example.leads;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.notification.Notification;

/** Turns every Lead change into an event {@code lead_<eventType>} carrying the changed record. */
@ServiceName("lead-watcher")
public class LeadWatcher {
    @Dependency
    EventDispatcher dispatch;

    @HandleSObjectNotification("Lead")
    public void onLead(String sobjectType, String recordType, Notification notification) {
        dispatch.dispatch("lead_" + notification.eventType(), notification.sobject());
    }
}
