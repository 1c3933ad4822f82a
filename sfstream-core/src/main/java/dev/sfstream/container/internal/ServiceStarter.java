package dev.sfstream.container.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.container.WorkerListener;
import dev.sfstream.failure.Failure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Starts a scanned service step by step: start the dependencies it uses, then the extensions in order (each that
 * has entrypoints in the service or serves a dependency it uses; the built-in Salesforce extension first, which
 * logs in, declares PushTopics and subscribes). Each step is named in the error when it fails (extensions name
 * their own steps), and everything started before it is stopped again.
 */
public final class ServiceStarter {
    /**
     * What the container's builder adds to the configuration.
     *
     * @param workerListeners told when workers finish
     * @param failed told the reason when a started extension fails for good
     * @param meterRegistry where the handlers' meters go, tagged with the service
     * @param observationRegistry where each handler invocation is observed
     */
    public record Options(List<WorkerListener> workerListeners, Consumer<Failure> failed, MeterRegistry meterRegistry,
                          ObservationRegistry observationRegistry) {
        public Options {
            workerListeners = List.copyOf(workerListeners);
        }
    }

    private final ServiceModel model;
    private final SfstreamConfig config;
    private final Map<Class<?>, DependencyProvider<?>> providers;
    private final Map<EntrypointExtension, List<DependencyProvider<?>>> extensionProviders;
    private final Options options;
    private final List<EntrypointExtension.Running> extensions = new ArrayList<>();
    private String step = "checking the configuration";

    /**
     * @param providers the provider chosen for each dependency type
     * @param extensionProviders the providers each extension serves (chosen or not)
     */
    public ServiceStarter(ServiceModel model, SfstreamConfig config, Map<Class<?>, DependencyProvider<?>> providers,
                          Map<EntrypointExtension, List<DependencyProvider<?>>> extensionProviders, Options options) {
        this.model = model;
        this.config = config;
        this.providers = Map.copyOf(providers);
        this.extensionProviders = extensionProviders;
        this.options = options;
    }

    /** Starts everything, or nothing. */
    public StartedParts start() {
        StartedParts parts = new StartedParts(model.name());
        try {
            startSteps(parts);
            return parts;
        } catch (RuntimeException | Error failure) {
            parts.kill();
            String cause = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
            throw new ServiceStartException("Service " + model.name() + " failed to start while " + step + ": "
                    + cause, failure);
        } catch (Exception failure) {
            parts.kill();
            throw new ServiceStartException("Service " + model.name() + " failed to start while " + step + ": "
                    + failure.getMessage(), failure);
        }
    }

    private void startSteps(StartedParts parts) throws Exception {
        ServiceContext context = new ServiceContext(model.name(), config.raw());
        startDependencies(parts, context);
        WorkerInvoker invoker = new WorkerInvoker(model, providers, options.workerListeners(), options.meterRegistry(),
                options.observationRegistry());
        ExtensionStartup startup = new ExtensionStartup(parts, description -> step = description, options.failed());
        for (EntrypointExtension extension : model.extensions()) {
            List<EntrypointMethod> entrypoints = model.entrypointsOf(extension);
            if (entrypoints.isEmpty() && !servesUsedDependency(extension)) {
                continue;
            }
            String name = "@" + extension.annotationType().getSimpleName() + " entrypoints";
            step = "starting " + name;
            EntrypointExtension.Running started = extension.start(context, entrypoints, invoker, startup);
            parts.add(name, started::stop, started::kill);
            extensions.add(started);
        }
    }

    /** Whether every started extension takes input (one standing by for a leader lease does not). */
    public BooleanSupplier active() {
        List<EntrypointExtension.Running> started = List.copyOf(extensions);
        return () -> started.stream().allMatch(EntrypointExtension.Running::isActive);
    }

    private boolean servesUsedDependency(EntrypointExtension extension) {
        List<DependencyProvider<?>> served = extensionProviders.getOrDefault(extension, List.of());
        return model.dependencies().stream()
                .anyMatch(field -> served.stream().anyMatch(provider -> providers.get(field.getType()) == provider));
    }

    private void startDependencies(StartedParts parts, ServiceContext context) throws Exception {
        Set<Class<?>> used = new LinkedHashSet<>();
        for (Field field : model.dependencies()) {
            used.add(field.getType());
        }
        for (Class<?> type : used) {
            DependencyProvider<?> provider = providers.get(type);
            step = "starting the " + type.getSimpleName() + " dependency (" + provider.getClass().getSimpleName() + ")";
            provider.start(context);
            parts.add("the " + type.getSimpleName() + " dependency", provider::stop);
        }
    }
}
