package dev.sfstream.spring.boot;

import dev.sfstream.container.WorkerContext;
import dev.sfstream.notification.Notification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A singleton bean the test services get by constructor injection: records what each worker handled. */
public final class Received {
    /**
     * One handled notification.
     *
     * @param service the service's name
     * @param argument the handler's leading argument (channel or sObject type)
     * @param instance the service instance the worker ran on
     * @param worker the worker's {@code @Dependency WorkerContext}
     * @param notification what was handled
     */
    public record Handled(String service, String argument, Object instance, WorkerContext worker,
                          Notification notification) {
    }

    private final List<Handled> handled = new CopyOnWriteArrayList<>();

    public void add(Handled value) {
        handled.add(value);
    }

    public List<Handled> of(String service) {
        return handled.stream().filter(value -> value.service().equals(service)).toList();
    }
}
