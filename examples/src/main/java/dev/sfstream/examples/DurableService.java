package dev.sfstream.examples;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Message Durability": run with {@code durable-config.yaml}, whose {@code PUSHTOPIC_REPLAY_*} keys make
 * the service remember in Redis how far it got, so that after a restart Salesforce replays what it missed.
 */
@ServiceName("durable-service")
public class DurableService {
    private static final Logger LOG = LoggerFactory.getLogger(DurableService.class);

    /** Handles account changes, including those made while the service was down. */
    @HandleSObjectNotification(value = "Account", excludeCurrentUser = false)
    public void handleAccountChanges(String sobjectType, String recordType, Notification notification) {
        LOG.info("Account {} was {} (replay id {})", notification.sobject().get("Id"), notification.eventType(),
                notification.replayId().orElse(-1));
    }
}
