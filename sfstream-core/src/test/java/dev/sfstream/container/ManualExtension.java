package dev.sfstream.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A test extension whose entrypoints the test fires by hand, to exercise the extension SPI. */
final class ManualExtension implements EntrypointExtension {
    private final boolean failOnStart;
    private List<EntrypointMethod> entrypoints = List.of();
    private HandlerInvoker invoker;
    final List<String> lifecycle = new ArrayList<>();

    ManualExtension(boolean failOnStart) {
        this.failOnStart = failOnStart;
    }

    @Override
    public Class<ManualTrigger> annotationType() {
        return ManualTrigger.class;
    }

    @Override
    public void validate(EntrypointMethod entrypoint) {
        if (entrypoint.method().getParameterCount() != 1
                || entrypoint.method().getParameterTypes()[0] != String.class) {
            throw entrypoint.invalid("a @ManualTrigger handler takes (String payload)");
        }
    }

    @Override
    public Running start(ServiceContext service, List<EntrypointMethod> methods, HandlerInvoker handlers) {
        if (failOnStart) {
            throw new IllegalStateException("the trigger source is down");
        }
        lifecycle.add("start " + service.serviceName());
        this.entrypoints = methods;
        this.invoker = handlers;
        return Running.of(timeout -> lifecycle.add("stop"), () -> lifecycle.add("kill"));
    }

    /** Fires the entrypoint whose annotation has this value. */
    Object fire(String trigger, String payload, List<String> parentCallIds) throws Exception {
        EntrypointMethod entrypoint = entrypoints.stream()
                .filter(candidate -> ((ManualTrigger) candidate.annotation()).value().equals(trigger))
                .findFirst().orElseThrow();
        return invoker.invoke(entrypoint, List.of(payload), Map.of("source", trigger), parentCallIds);
    }
}
