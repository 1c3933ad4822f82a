package dev.sfstream.container.internal;

import dev.sfstream.container.EntrypointMethod;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The {@code sfstream.handler} timer of each entrypoint and outcome, tagged {@code service}, {@code entrypoint}, {@code outcome}. */
final class HandlerTimers {
    private final MeterRegistry registry;
    private final String serviceName;
    private final Map<String, Timer> succeeded = new ConcurrentHashMap<>();
    private final Map<String, Timer> failed = new ConcurrentHashMap<>();

    HandlerTimers(MeterRegistry registry, String serviceName) {
        this.registry = registry;
        this.serviceName = serviceName;
    }

    /** Records one handler invocation. */
    void record(EntrypointMethod entrypoint, long nanos, boolean success) {
        Map<String, Timer> timers = success ? succeeded : failed;
        Timer timer = timers.get(entrypoint.name());
        if (timer == null) {
            timer = timers.computeIfAbsent(entrypoint.name(), name -> Timer.builder("sfstream.handler")
                    .description("handler invocations, from worker start to return or throw")
                    .tags("service", serviceName, "entrypoint", name, "outcome", success ? "success" : "failure")
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
