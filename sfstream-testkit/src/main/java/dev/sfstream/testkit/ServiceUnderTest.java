package dev.sfstream.testkit;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A service running against an embedded emulator for the length of a test. Build it with the service
 * class and the emulator, optionally swap dependencies for fakes, {@link Builder#start()} it, create a
 * {@link #waiter} for an entrypoint, cause a Salesforce change (through the emulator or the REST API) and
 * wait. Close it at the end of the test. {@link Builder#start()} returns once Salesforce confirmed every
 * subscription, so a change made right after it is never missed (channels start at {@code REPLAY_DEFAULT},
 * {@code new} unless set with {@link Builder#salesforce}).
 *
 * <pre>{@code
 * try (ServiceUnderTest service = ServiceUnderTest.builder(ProxyService.class, emulator)
 *         .replaceDependency(EventDispatcher.class, recorder).start()) {
 *     EntrypointWaiter handled = service.waiter("proxy");
 *     emulator.createRecord("Lead", Map.of("LastName", "Doe"));
 *     handled.await(Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class ServiceUnderTest implements AutoCloseable {
    private final ServiceContainer container;
    private final List<WorkerCall> calls = new CopyOnWriteArrayList<>();
    private final List<EntrypointWaiter> waiters = new CopyOnWriteArrayList<>();

    private ServiceUnderTest(ServiceContainer.Builder builder) {
        builder.workerListener((entrypoint, worker, arguments, result, failure) -> {
            WorkerCall call = new WorkerCall(entrypoint.name(), worker, arguments, result, failure);
            calls.add(call);
            waiters.forEach(waiter -> waiter.offer(call));
        });
        this.container = builder.build();
    }

    /** Starts building a service under test that logs in to {@code emulator} as its default user. */
    public static Builder builder(Class<?> serviceClass, Emulator emulator) {
        return new Builder(serviceClass, emulator);
    }

    /** The running container. */
    public ServiceContainer container() {
        return container;
    }

    /** Waits for the next call of a handler method (create it before causing the change). */
    public EntrypointWaiter waiter(String method) {
        return waiter(method, call -> true);
    }

    /** Waits for the next call of a handler method that matches {@code condition}. */
    public EntrypointWaiter waiter(String method, Predicate<WorkerCall> condition) {
        EntrypointWaiter waiter = new EntrypointWaiter(method, condition);
        waiters.add(waiter);
        return waiter;
    }

    /** Every handler call so far, in the order they finished. */
    public List<WorkerCall> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one handler method so far. */
    public List<WorkerCall> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    @Override
    public void close() {
        container.stop(Duration.ofSeconds(5));
    }

    /** Configures a {@link ServiceUnderTest}. */
    public static final class Builder {
        private final ServiceContainer.Builder container;
        private final Map<String, Object> config;
        private final Map<String, Object> salesforce;

        private Builder(Class<?> serviceClass, Emulator emulator) {
            this.container = ServiceContainer.builder(serviceClass)
                    .streamingSettings(settings -> settings.withHandlerBackOff(Duration.ofMillis(20))
                            .withReconnectBackOffBase(Duration.ofMillis(50))
                            .withReconnectBackOffCap(Duration.ofSeconds(1))
                            .withLongBackOff(Duration.ofSeconds(1)));
            this.config = new LinkedHashMap<>();
            this.salesforce = EmulatorConfig.salesforceSection(Objects.requireNonNull(emulator, "emulator"));
        }

        /** Sets a key of the {@code SALESFORCE} section, e.g. {@code HANDLER_RETRIES}. */
        public Builder salesforce(String key, Object value) {
            salesforce.put(key, value);
            return this;
        }

        /** Sets a top-level configuration key, e.g. {@code max_workers}. */
        public Builder config(String key, Object value) {
            config.put(key, value);
            return this;
        }

        /** Injects {@code fake} into every {@code @Dependency} field of {@code type}. */
        public <T> Builder replaceDependency(Class<T> type, T fake) {
            container.replaceDependency(type, fake);
            return this;
        }

        /** Adds a dependency provider, replacing any other of the same type. */
        public Builder dependency(DependencyProvider<?> provider) {
            container.dependency(provider);
            return this;
        }

        /** Adds an extension entrypoint kind. */
        public Builder extension(EntrypointExtension extension) {
            container.extension(extension);
            return this;
        }

        /** Where replay ids are committed (default: memory). */
        public Builder replayStore(ReplayStore store) {
            container.replayStore(store);
            return this;
        }

        /** Adjusts the streaming settings further. */
        public Builder streamingSettings(UnaryOperator<StreamingSettings> tuning) {
            container.streamingSettings(tuning);
            return this;
        }

        /** Builds the service without starting it (to test start failures). */
        public ServiceUnderTest build() {
            Map<String, Object> whole = new LinkedHashMap<>(config);
            whole.put("SALESFORCE", salesforce);
            container.config(SfstreamConfig.of(whole));
            return new ServiceUnderTest(container);
        }

        /** Builds and starts the service; returns once every entrypoint is live. */
        public ServiceUnderTest start() {
            ServiceUnderTest service = build();
            service.container.start();
            return service;
        }
    }
}
