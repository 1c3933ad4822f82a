package dev.sfstream.container;

import dev.sfstream.failure.Failure;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test extension that uses the whole SPI: two annotations, a whole-service check (no signal name twice), a
 * dependency it serves, start steps, started parts, a failure for good and standing by.
 */
final class SignalExtension implements EntrypointExtension {
    /** The dependency the extension serves: the name of the signal source it opened. */
    record Source(String name) {
    }

    final List<String> lifecycle = new CopyOnWriteArrayList<>();
    private final String failingStep;
    private final DependencyProvider<Source> source;
    private volatile Source opened;
    private volatile boolean active = true;
    private volatile HandlerInvoker invoker;
    private volatile List<EntrypointMethod> entrypoints = List.of();
    private volatile Startup startup;

    /** @param failingStep the start step that fails, or null */
    SignalExtension(String failingStep) {
        this.failingStep = failingStep;
        this.source = new DependencyProvider<>() {
            @Override
            public Class<Source> type() {
                return Source.class;
            }

            @Override
            public Source get(WorkerContext worker) {
                return opened;
            }
        };
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Signal.OnSignal.class;
    }

    @Override
    public List<Class<? extends Annotation>> annotationTypes() {
        return List.of(Signal.OnSignal.class, Signal.OnAlarm.class);
    }

    @Override
    public void validateService(List<EntrypointMethod> all) {
        List<String> seen = new ArrayList<>();
        for (EntrypointMethod entrypoint : all) {
            String name = signalOf(entrypoint);
            if (seen.contains(name)) {
                throw entrypoint.invalid("signal '" + name + "' is handled twice");
            }
            seen.add(name);
        }
        lifecycle.add("validated " + seen);
    }

    @Override
    public List<DependencyProvider<?>> dependencies() {
        return List.of(source);
    }

    @Override
    public Running start(ServiceContext service, List<EntrypointMethod> methods, HandlerInvoker handlers,
                         Startup reports) throws Exception {
        this.startup = reports;
        for (String step : List.of("opening the signal source", "listening for signals")) {
            reports.step(step);
            if (step.equals(failingStep)) {
                throw new IllegalStateException("the signal source is down");
            }
            reports.started(step, Running.of(timeout -> lifecycle.add("stop part " + step),
                    () -> lifecycle.add("kill part " + step)));
        }
        opened = new Source("signals of " + service.serviceName());
        entrypoints = methods;
        invoker = handlers;
        lifecycle.add("start " + methods.stream().map(EntrypointMethod::name).toList());
        return new Running() {
            @Override
            public void stop(Duration timeout) {
                lifecycle.add("stop");
            }

            @Override
            public void kill() {
                lifecycle.add("kill");
            }

            @Override
            public boolean isActive() {
                return active;
            }
        };
    }

    /** Fires the entrypoint of a signal from {@code channel}. */
    Object fire(String signal, String channel) throws Exception {
        EntrypointMethod entrypoint = entrypoints.stream().filter(candidate -> signalOf(candidate).equals(signal))
                .findFirst().orElseThrow();
        return invoker.invoke(entrypoint, List.of(signal), Map.of(), List.of(), channel);
    }

    void standBy() {
        active = false;
    }

    void failForGood(String reason) {
        startup.failed(Failure.of(Failure.Kind.INTERNAL, true, reason));
    }

    private static String signalOf(EntrypointMethod entrypoint) {
        return entrypoint.annotation() instanceof Signal.OnSignal signal ? signal.value()
                : ((Signal.OnAlarm) entrypoint.annotation()).value();
    }
}
