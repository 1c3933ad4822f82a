package dev.sfstream.container;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.internal.FixedDependency;
import dev.sfstream.container.internal.HandlerScanner;
import dev.sfstream.container.internal.ProviderRegistry;
import dev.sfstream.container.internal.ServiceModel;
import dev.sfstream.container.internal.ServiceStarter;
import dev.sfstream.container.internal.StartedParts;
import dev.sfstream.failure.Failure;
import dev.sfstream.salesforce.SalesforceOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one service class: checks it when built, and on {@link #start()} starts its dependencies and then each
 * entrypoint extension it uses, in order: first the built-in Salesforce streaming extension (log in, declare
 * PushTopics in a stable order, one streaming session per transport, subscribe each channel once), then the others
 * (such as {@code @EventHandler}). A failing step stops whatever had started and throws
 * {@link ServiceStartException}: the container never runs half-started. {@link #stop()} finishes in-flight
 * handlers within a bound; {@link #kill()} stops at once.
 */
public final class ServiceContainer {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceContainer.class);
    /** How long {@link #stop()} waits for in-flight handlers. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ServiceModel model;
    private final SfstreamConfig config;
    private final Map<Class<?>, DependencyProvider<?>> providers;
    private final Map<EntrypointExtension, List<DependencyProvider<?>>> extensionProviders;
    private final ServiceStarter.Options options;
    private final List<ServiceFailureListener> failureListeners;
    private final AtomicReference<Failure> failure = new AtomicReference<>();
    private final AtomicBoolean failureReported = new AtomicBoolean();
    private volatile ContainerState state = ContainerState.NEW;
    private volatile BooleanSupplier active = () -> false;
    private StartedParts running;

    private ServiceContainer(Builder builder) {
        List<EntrypointExtension> extensions = new ArrayList<>();
        addUnclaimed(extensions, builder.salesforce());
        builder.extensions.forEach(extension -> addUnclaimed(extensions, extension));
        if (builder.discover) {
            ServiceLoader.load(EntrypointExtension.class).forEach(found -> addUnclaimed(extensions, found));
        }
        this.config = builder.config;
        Map<EntrypointExtension, List<DependencyProvider<?>>> served = new LinkedHashMap<>();
        extensions.forEach(extension -> served.put(extension, List.copyOf(extension.dependencies())));
        this.extensionProviders = Collections.unmodifiableMap(served);
        this.providers = ProviderRegistry.select(config.amqpUri() != null, builder.discover,
                served.values().stream().flatMap(List::stream).toList(), builder.providers);
        this.model = new HandlerScanner(extensions, providers.keySet(), builder.instances).scan(builder.serviceClass);
        this.failureListeners = List.copyOf(builder.failureListeners);
        this.options = new ServiceStarter.Options(builder.workerListeners, this::failed, builder.meterRegistry,
                builder.observationRegistry);
    }

    /** Adds {@code extension} unless an earlier one already serves one of its annotations. */
    private static void addUnclaimed(List<EntrypointExtension> extensions, EntrypointExtension extension) {
        if (extensions.stream().noneMatch(known -> known.annotationTypes().stream()
                .anyMatch(extension.annotationTypes()::contains))) {
            extensions.add(extension);
        }
    }

    /**
     * Starts building a container for a service class.
     *
     * @param serviceClass a class annotated with {@code @ServiceName} that has a constructor without arguments (or
     *                     see {@link Builder#instances(Supplier)})
     */
    public static Builder builder(Class<?> serviceClass) {
        return new Builder(serviceClass);
    }

    /** The service's name from {@code @ServiceName}. */
    public String serviceName() {
        return model.name();
    }

    /** The service class. */
    public Class<?> serviceClass() {
        return model.type();
    }

    /** Where the container is in its life. */
    public ContainerState state() {
        return state;
    }

    /** Why the running service failed (see {@link ContainerState#FAILED}); empty while it has not. */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure.get());
    }

    /**
     * Whether this container takes input: while running, when every started extension is active
     * ({@link EntrypointExtension.Running#isActive()}). The Salesforce streaming session is active always, unless a
     * leader election is configured, in which case only while this replica leads.
     */
    public boolean isStreaming() {
        return state == ContainerState.RUNNING && active.getAsBoolean();
    }

    /**
     * Starts every entrypoint; returns once all are live and Salesforce has answered every subscribe (with a
     * leader election: once this replica joined it; it streams when it leads).
     *
     * @throws ServiceStartException naming the step that failed, after stopping what had started
     * @throws IllegalStateException when already started
     */
    public synchronized void start() {
        if (state == ContainerState.STARTING || state == ContainerState.RUNNING) {
            throw new IllegalStateException("service " + model.name() + " is already " + state);
        }
        if (running != null) {
            throw new IllegalStateException("service " + model.name() + " failed while running; stop it before "
                    + "starting it again");
        }
        state = ContainerState.STARTING;
        failure.set(null);
        failureReported.set(false);
        try {
            ServiceStarter starter = new ServiceStarter(model, config, providers, extensionProviders, options);
            running = starter.start();
            active = starter.active();
            state = ContainerState.RUNNING;
            LOG.info("Service {} started", model.name());
        } catch (RuntimeException startFailure) {
            state = ContainerState.FAILED;
            throw startFailure;
        }
        Failure failedMeanwhile = failure.get();
        if (failedMeanwhile != null) {
            fail(failedMeanwhile);
        }
    }

    /** Called on a started extension's thread when it gives up for good; never blocks on the container's lock. */
    private void failed(Failure reason) {
        if (state == ContainerState.STOPPING || state == ContainerState.STOPPED) {
            return;
        }
        if (failure.compareAndSet(null, reason) && state == ContainerState.RUNNING) {
            fail(reason);
        }
    }

    private void fail(Failure reason) {
        if (!failureReported.compareAndSet(false, true)) {
            return;
        }
        state = ContainerState.FAILED;
        LOG.error("Service {} failed and no longer handles events: {}", model.name(), reason);
        for (ServiceFailureListener listener : failureListeners) {
            try {
                listener.serviceFailed(model.name(), reason);
            } catch (RuntimeException broken) {
                LOG.warn("Failure listener {} failed", listener, broken);
            }
        }
    }

    /** Stops gracefully, waiting at most {@link #DEFAULT_STOP_TIMEOUT} for in-flight handlers. */
    public void stop() {
        stop(DEFAULT_STOP_TIMEOUT);
    }

    /** Stops gracefully: no new events, in-flight handlers finish or time out, positions are committed. */
    public synchronized void stop(Duration timeout) {
        if (running == null) {
            return;
        }
        state = ContainerState.STOPPING;
        LOG.info("Stopping service {}", model.name());
        running.stop(timeout);
        running = null;
        state = ContainerState.STOPPED;
        LOG.info("Service {} stopped", model.name());
    }

    /** Stops at once, abandoning in-flight handlers; their events are replayed after the next start. */
    public synchronized void kill() {
        if (running == null) {
            return;
        }
        LOG.info("Killing service {}", model.name());
        running.kill();
        running = null;
        state = ContainerState.STOPPED;
    }

    /**
     * Configures a {@link ServiceContainer}; the options of the built-in Salesforce streaming extension (replay
     * store, dead letters, leader election, state listeners, streaming settings, placeholders) are inherited from
     * {@link SalesforceOptions}.
     */
    public static final class Builder extends SalesforceOptions<Builder> {
        private final Class<?> serviceClass;
        private SfstreamConfig config = SfstreamConfig.of(Map.of());
        private final List<DependencyProvider<?>> providers = new ArrayList<>();
        private final List<EntrypointExtension> extensions = new ArrayList<>();
        private final List<WorkerListener> workerListeners = new ArrayList<>();
        private final List<ServiceFailureListener> failureListeners = new ArrayList<>();
        private boolean discover = true;
        private MeterRegistry meterRegistry = Metrics.globalRegistry;
        private Supplier<?> instances;
        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private Builder(Class<?> serviceClass) {
            this.serviceClass = Objects.requireNonNull(serviceClass, "serviceClass");
        }

        /** The loaded configuration (see {@link dev.sfstream.config.ConfigLoader}). */
        public Builder config(SfstreamConfig value) {
            config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Adds a dependency provider; it replaces any other provider of the same type. */
        public Builder dependency(DependencyProvider<?> provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Injects {@code value} into every {@code @Dependency} field of {@code type}, e.g. a recording fake. */
        public <T> Builder replaceDependency(Class<T> type, T value) {
            return dependency(new FixedDependency<>(type, value));
        }

        /** Adds an extension entrypoint kind (extensions on the class path are found without this). */
        public Builder extension(EntrypointExtension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /** Told when each worker finishes. */
        public Builder workerListener(WorkerListener listener) {
            workerListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Told when the running service fails for good (it moves to {@link ContainerState#FAILED}). */
        public Builder failureListener(ServiceFailureListener listener) {
            failureListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Where the service's meters go (events per channel, replay commits, session events, the
         * {@code sfstream.handler} timer), tagged {@code service} (and {@code channel}, {@code entrypoint}); default
         * Micrometer's global registry.
         */
        public Builder meterRegistry(MeterRegistry value) {
            meterRegistry = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /**
         * Makes the service instance of each worker (it must return a new instance of the service class each time,
         * whose {@code @Dependency} fields the container then sets), e.g. from a DI container; by default the
         * class's constructor without arguments, which the class then need not have.
         */
        public Builder instances(Supplier<?> factory) {
            instances = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * Where each handler invocation is observed ({@code sfstream.worker}, keys {@code service}, {@code entrypoint},
         * {@code channel}, {@code call_id}, {@code replay_id}), for a tracing bridge or metrics; default none.
         */
        public Builder observationRegistry(ObservationRegistry value) {
            observationRegistry = Objects.requireNonNull(value, "observationRegistry");
            return this;
        }

        /** Whether to find dependency providers and extensions with {@link ServiceLoader}; default true. */
        public Builder discover(boolean value) {
            discover = value;
            return this;
        }

        /** The built-in Salesforce streaming extension, configured by this builder. */
        private EntrypointExtension salesforce() {
            return salesforceStreaming(config, discover, meterRegistry);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Checks the service class and builds the container.
         *
         * @throws InvalidServiceException naming the class, method or field, and annotation at fault
         */
        public ServiceContainer build() {
            return new ServiceContainer(this);
        }
    }
}
