package dev.sfstream.cli.run;

import dev.sfstream.container.ServiceContainer;
import dev.sfstream.internal.json.PlainJson;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether every service streams, for {@code /health}: a service streams when its container is running, this
 * replica streams (it leads, where a leader lease is configured) and its streaming session's last reported
 * state is {@code CONNECTED}. A session that is reconnecting or backing off, a standby replica, and a stopped or
 * failed service do not.
 */
final class ServiceHealth {
    private final Map<Class<?>, StreamingState> sessions = new ConcurrentHashMap<>();
    private volatile List<ServiceContainer> containers = List.of();

    /** The listener to give the container of {@code serviceClass}: it records the session's state changes. */
    StateListener listener(Class<?> serviceClass) {
        return change -> sessions.put(serviceClass, change.to());
    }

    /** The containers whose health is reported. */
    void watch(List<ServiceContainer> value) {
        containers = List.copyOf(value);
    }

    /** Whether every service streams (false while there is none). */
    boolean healthy() {
        List<ServiceContainer> watched = containers;
        return !watched.isEmpty() && watched.stream().allMatch(this::streams);
    }

    private boolean streams(ServiceContainer container) {
        StreamingState session = sessions.get(container.serviceClass());
        return container.isStreaming() && (session == null || session == StreamingState.CONNECTED);
    }

    /**
     * The JSON body: {@code {"status": "UP"|"DOWN", "services": {NAME: {"state", "streaming", "session",
     * "failure"}}}}.
     */
    String json() {
        Map<String, Object> services = new LinkedHashMap<>();
        for (ServiceContainer container : containers) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("state", container.state().name());
            service.put("streaming", streams(container));
            StreamingState session = sessions.get(container.serviceClass());
            if (session != null) {
                service.put("session", session.name());
            }
            container.failure().ifPresent(reason -> service.put("failure", reason));
            services.put(container.serviceName(), service);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy() ? "UP" : "DOWN");
        body.put("services", services);
        return PlainJson.write(body);
    }
}
