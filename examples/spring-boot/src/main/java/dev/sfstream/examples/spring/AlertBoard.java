package dev.sfstream.examples.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** An ordinary Spring bean the service gets by constructor injection: where alerts go. */
@Component
public class AlertBoard {
    /**
     * One alert.
     *
     * @param recordId the record's id
     * @param text what happened
     * @param raisedBy the sfstream call id of the worker that raised it
     */
    public record Alert(String recordId, String text, String raisedBy) {
    }

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    public void raise(Alert alert) {
        alerts.add(alert);
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
