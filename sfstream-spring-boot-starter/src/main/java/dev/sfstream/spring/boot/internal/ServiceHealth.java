package dev.sfstream.spring.boot.internal;

import dev.sfstream.container.ContainerState;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.streaming.StateChange;
import dev.sfstream.streaming.StreamingState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's health from its container and streaming session: DOWN when the container failed or the session is
 * reconnecting, backing off or failed; UP while it runs and streams (or stands by for the leader lease);
 * UNKNOWN while starting; OUT_OF_SERVICE when stopped.
 *
 * @param status an Actuator status code
 * @param details what the status is made of; never a secret
 */
public record ServiceHealth(String status, Map<String, Object> details) {
    public ServiceHealth {
        details = Map.copyOf(details);
    }

    /** The health of a service now. */
    public static ServiceHealth of(ServiceContainer container, Optional<StateChange> latest) {
        Map<String, Object> details = new LinkedHashMap<>();
        ContainerState state = container.state();
        boolean streaming = container.isStreaming();
        details.put("state", state.name());
        details.put("streaming", streaming);
        latest.ifPresent(change -> {
            details.put("streamingState", change.to().name());
            details.put("since", change.at().toString());
            if (change.reason() != null) {
                details.put("reason", change.reason());
            }
        });
        container.failure().ifPresent(failure -> details.put("failure", failure));
        return new ServiceHealth(status(state, streaming, latest.map(StateChange::to).orElse(null)), details);
    }

    private static String status(ContainerState state, boolean streaming, StreamingState session) {
        return switch (state) {
            case FAILED -> "DOWN";
            case NEW, STARTING -> "UNKNOWN";
            case STOPPING, STOPPED -> "OUT_OF_SERVICE";
            case RUNNING -> streaming && (session == StreamingState.RECONNECTING
                    || session == StreamingState.BACKING_OFF || session == StreamingState.FAILED) ? "DOWN" : "UP";
        };
    }
}
