package dev.sfstream.cli.run;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service {@code RunCommandProcessTest} runs in a separate {@code sfstream run} process. */
@ServiceName("process-test")
public class ProcessTestService {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessTestService.class);

    /** Logs each account change, which the test looks for in the process output. */
    @HandleSObjectNotification(sobjectType = "Account", name = "ProcessTestAccounts", excludeCurrentUser = false)
    public void handle(String sobjectType, String recordType, Notification notification) {
        LOG.info("process-test handled {} {}", sobjectType, notification.sobject().get("Name"));
    }
}
