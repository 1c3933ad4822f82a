package dev.sfstream.examples.spring;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.notification.Notification;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An sfstream service as a Spring bean: Spring beans by constructor, sfstream dependencies per worker in
 * {@code @Dependency} fields, the sObject type from the {@code alerts.sobject} property.
 */
@Component
@ServiceName("lead-alerts")
public class LeadAlertService {
    private final AlertBoard board;
    @Dependency
    WorkerContext worker;

    public LeadAlertService(AlertBoard board) {
        this.board = board;
    }

    @HandleSObjectNotification("${alerts.sobject}")
    public void onChange(String sobjectType, String recordType, Notification notification) {
        Map<String, Object> record = notification.sobject();
        board.raise(new AlertBoard.Alert(String.valueOf(record.get("Id")),
                sobjectType + " " + notification.eventType() + ": " + record.get("Name"), worker.callId()));
    }
}
