package dev.sfstream.examples;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every option of {@code @HandleSObjectNotification}: a record type, excluding the current user, field and operation rules. */
@ServiceName("some-service")
public class StudentNotificationService {
    private static final Logger LOG = LoggerFactory.getLogger(StudentNotificationService.class);

    /**
     * Handles Salesforce student contacts name changes: only name changes of existing contacts of record
     * type Student. Also ignores changes done by this service (more precisely, by the API user sfstream
     * logs in as).
     */
    @HandleSObjectNotification(
            sobjectType = "Contact",
            recordType = "Student",
            excludeCurrentUser = true,
            notifyForFields = NotifyForFields.SELECT,
            notifyForOperationUpdate = true,
            notifyForOperationCreate = false,
            notifyForOperationUndelete = false,
            notifyForOperationDelete = false)
    public void handleContactUpdates(String sobjectType, String recordType, Notification notification) {
        LOG.info("{} {} {} renamed to {}", recordType, sobjectType, notification.sobject().get("Id"),
                notification.sobject().get("Name"));
    }
}
