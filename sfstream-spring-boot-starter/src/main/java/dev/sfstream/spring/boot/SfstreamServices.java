package dev.sfstream.spring.boot;

import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceRunner;
import dev.sfstream.streaming.StateChange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;

/**
 * The sfstream services of the application context, started with it (all or nothing: a service that fails to start
 * fails the context's start, naming it) and stopped with it, waiting at most {@code sfstream.shutdown-timeout} for
 * in-flight handlers. Made by {@link SfstreamAutoConfiguration}.
 */
public final class SfstreamServices implements SmartLifecycle {
    /** Late in the start, early in the stop: the services' collaborators are up before events arrive. */
    public static final int PHASE = Integer.MAX_VALUE - 100;

    private final List<ServiceContainer> containers;
    private final Function<String, Optional<StateChange>> streamingStates;
    private final Duration shutdownTimeout;
    private final boolean autoStartup;
    private final ServiceRunner runner;
    private volatile boolean running;

    /**
     * @param containers the services, in start order
     * @param streamingStates the latest streaming state change of a service, by service name
     * @param shutdownTimeout how long a stop waits for in-flight handlers, shared by all services
     * @param autoStartup whether the services start with the context
     */
    public SfstreamServices(List<ServiceContainer> containers, Function<String, Optional<StateChange>> streamingStates,
                            Duration shutdownTimeout, boolean autoStartup) {
        this.containers = List.copyOf(containers);
        this.streamingStates = Objects.requireNonNull(streamingStates, "streamingStates");
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        this.autoStartup = autoStartup;
        this.runner = new ServiceRunner(this.containers);
    }

    /** The services' containers, in start order. */
    public List<ServiceContainer> containers() {
        return containers;
    }

    /** The container of the service named {@code serviceName} ({@code @ServiceName}). */
    public Optional<ServiceContainer> container(String serviceName) {
        return containers.stream().filter(container -> container.serviceName().equals(serviceName)).findFirst();
    }

    /** The latest state change of a service's streaming session; empty before its first. */
    public Optional<StateChange> streamingState(String serviceName) {
        return streamingStates.apply(serviceName);
    }

    @Override
    public void start() {
        runner.start();
        running = true;
    }

    @Override
    public void stop() {
        try {
            runner.stop(shutdownTimeout);
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
