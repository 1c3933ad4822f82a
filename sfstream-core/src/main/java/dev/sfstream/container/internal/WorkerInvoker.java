package dev.sfstream.container.internal;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.container.WorkerListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs workers as Nameko does: each worker gets a new service instance (from the model's instance factory) whose {@code @Dependency} fields
 * hold values bound to that worker (so an event dispatcher carries the worker's call id stack), then the
 * handler is called and the instance is dropped. No state is shared between concurrent handlers unless
 * the service keeps it in a dependency. Each worker is observed and its log lines carry its MDC entries
 * ({@link WorkerTrace}).
 */
public final class WorkerInvoker implements HandlerInvoker {
    private final String serviceName;
    private final Class<?> serviceType;
    private final Supplier<?> instances;
    private final List<Field> dependencies;
    private final Map<Class<?>, DependencyProvider<?>> providers;
    private final List<WorkerListener> listeners;
    private final HandlerTimers timers;
    private final ObservationRegistry observations;
    private final HandlerMethods methods = new HandlerMethods();

    public WorkerInvoker(ServiceModel model, Map<Class<?>, DependencyProvider<?>> providers,
                         List<WorkerListener> listeners, MeterRegistry registry, ObservationRegistry observations) {
        this.observations = observations;
        this.timers = new HandlerTimers(registry, model.name());
        this.serviceName = model.name();
        this.dependencies = List.copyOf(model.dependencies());
        this.providers = Map.copyOf(providers);
        this.listeners = List.copyOf(listeners);
        this.serviceType = model.type();
        this.instances = model.instances();
    }

    @Override
    public Object invoke(EntrypointMethod entrypoint, List<Object> arguments, Map<String, Object> contextData,
                         List<String> parentCallIds) throws Exception {
        return invoke(entrypoint, arguments, contextData, parentCallIds, null);
    }

    @Override
    public Object invoke(EntrypointMethod entrypoint, List<Object> arguments, Map<String, Object> contextData,
                         List<String> parentCallIds, String channel) throws Exception {
        long started = System.nanoTime();
        WorkerContext worker = WorkerContext.start(serviceName, entrypoint.name(), parentCallIds, contextData);
        Object result = null;
        Throwable failure = null;
        WorkerTrace trace = WorkerTrace.start(observations, worker, channel);
        try {
            Object instance = instance();
            // indexed loops: an iterator per worker is garbage on the per-event path
            for (int i = 0; i < dependencies.size(); i++) {
                Field field = dependencies.get(i);
                field.set(instance, providers.get(field.getType()).get(worker));
            }
            result = methods.invoke(entrypoint.method(), instance, arguments.toArray());
            return result;
        } catch (Exception | Error thrown) {
            failure = thrown;
            throw thrown;
        } catch (Throwable undeclared) {
            // Neither an Exception nor an Error: only a Throwable subclass of the handler's own makes this.
            failure = undeclared;
            throw new IllegalStateException(entrypoint.describe() + " threw " + undeclared, undeclared);
        } finally {
            if (failure != null) {
                trace.failed(failure);
            }
            trace.close();
            timers.record(entrypoint, System.nanoTime() - started, failure == null);
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).workerFinished(entrypoint, worker, arguments, result, failure);
            }
        }
    }

    private Object instance() {
        Object instance = instances.get();
        if (!serviceType.isInstance(instance)) {
            throw new IllegalStateException("the instance factory of service " + serviceName + " made "
                    + (instance == null ? "null" : "a " + instance.getClass().getName()) + ", not a "
                    + serviceType.getName());
        }
        return instance;
    }
}
