package dev.sfstream.container.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.container.WorkerListener;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.failure.Failure;
import dev.sfstream.pushtopic.Declaration;
import dev.sfstream.pushtopic.PushTopicDeclarer;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a scanned service step by step: log in, start the dependencies, declare PushTopics (sorted by
 * name), open the streaming session and subscribe every channel, start the extensions in order (each that has
 * entrypoints in the service or serves a dependency it uses). Each step
 * is named in the error when it fails, and everything started before it is stopped again.
 */
public final class ServiceStarter {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceStarter.class);

    /**
     * What the container's builder adds to the configuration.
     *
     * @param replayStore where replay ids are committed, or null for memory (set once the adapters are open)
     * @param deadLetterSink where failed events go, or null for the log (set once the adapters are open)
     * @param stateListeners told about streaming state changes
     * @param workerListeners told when workers finish
     * @param streamingTuning adjusts the streaming settings made from the configuration
     * @param sessionFailed told the reason when the running streaming session fails for good
     * @param leaderElection when not null, the session streams only while this replica leads
     * @param meterRegistry where the session's and the handlers' meters go, tagged with the service
     * @param observationRegistry where each handler invocation is observed
     */
    public record Options(ReplayStore replayStore, DeadLetterSink deadLetterSink, List<StateListener> stateListeners,
                          List<WorkerListener> workerListeners, UnaryOperator<StreamingSettings> streamingTuning,
                          Consumer<Failure> sessionFailed, LeaderElection leaderElection, MeterRegistry meterRegistry,
                          ObservationRegistry observationRegistry) {
        /** The same options with another failure callback. */
        public Options withSessionFailed(Consumer<Failure> value) {
            return new Options(replayStore, deadLetterSink, stateListeners, workerListeners, streamingTuning, value,
                    leaderElection, meterRegistry, observationRegistry);
        }

        /** The same options with the adapters opened at start. */
        Options withAdapters(Adapters.Opened opened) {
            return new Options(opened.replayStore(), opened.deadLetterSink(), stateListeners, workerListeners,
                    streamingTuning, sessionFailed, opened.leaderElection(), meterRegistry, observationRegistry);
        }
    }

    private final ServiceModel model;
    private final SfstreamConfig config;
    private final Map<Class<?>, DependencyProvider<?>> providers;
    private final Map<EntrypointExtension, List<DependencyProvider<?>>> extensionProviders;
    private final Adapters adapters;
    private final List<EntrypointExtension.Running> extensions = new ArrayList<>();
    private Options options;
    private String step = "checking the configuration";
    private volatile BooleanSupplier streaming = () -> false;

    /**
     * @param providers the provider chosen for each dependency type
     * @param extensionProviders the providers each extension serves (chosen or not)
     */
    public ServiceStarter(ServiceModel model, SfstreamConfig config, Map<Class<?>, DependencyProvider<?>> providers,
                          Map<EntrypointExtension, List<DependencyProvider<?>>> extensionProviders,
                          Adapters adapters, Options options) {
        this.model = model;
        this.extensionProviders = extensionProviders;
        this.adapters = adapters;
        this.config = config;
        this.providers = new LinkedHashMap<>(providers);
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
        options = options.withAdapters(adapters.givenOnly());
        streaming = () -> true;
        SalesforceConnection salesforce = null;
        if (needsSalesforce()) {
            step = "checking the SALESFORCE configuration";
            SalesforceSettings settings = config.salesforce();
            if (!model.streaming().isEmpty()) {
                options = options.withAdapters(adapters.open(new ServiceContext(model.name(), config.raw()), settings,
                        StreamingBinding.replayKeys(model, settings.transport()), parts,
                        description -> step = description));
            }
            step = "logging in to Salesforce (AUTH " + settings.auth().configName() + ")";
            salesforce = SalesforceConnection.open(settings, OwnChanges.clientName(settings, model.name()));
            parts.add("the Salesforce connection", salesforce::close);
            providers.putIfAbsent(SalesforceApi.class, new FixedDependency<>(SalesforceApi.class, salesforce.api()));
        }
        startDependencies(parts);
        WorkerInvoker invoker = new WorkerInvoker(model, providers, options.workerListeners(), options.meterRegistry(),
                options.observationRegistry());
        if (!model.streaming().isEmpty()) {
            declarePushTopics(salesforce);
            if (options.leaderElection() != null) {
                step = "joining the leader election";
                LeaderStreaming leader = LeaderStreaming.join(model, config, salesforce, invoker, options);
                parts.add("the leader election", leader::stop, leader::kill);
                streaming = leader::isStreaming;
            } else {
                step = "subscribing to " + String.join(", ", model.channels());
                StreamingBinding.open(model, config, salesforce, invoker, options, parts, () -> true);
                streaming = () -> true;
            }
        }
        ExtensionStartup startup = new ExtensionStartup(parts, description -> step = description,
                options.sessionFailed());
        for (EntrypointExtension extension : model.extensions()) {
            List<EntrypointMethod> entrypoints = model.entrypointsOf(extension);
            if (entrypoints.isEmpty() && !servesUsedDependency(extension)) {
                continue;
            }
            String name = "@" + extension.annotationType().getSimpleName() + " entrypoints";
            step = "starting " + name;
            EntrypointExtension.Running started = extension.start(new ServiceContext(model.name(), config.raw()),
                    entrypoints, invoker, startup);
            parts.add(name, started::stop, started::kill);
            extensions.add(started);
        }
    }

    private boolean servesUsedDependency(EntrypointExtension extension) {
        List<DependencyProvider<?>> served = extensionProviders.getOrDefault(extension, List.of());
        return model.dependencies().stream()
                .anyMatch(field -> served.stream().anyMatch(provider -> providers.get(field.getType()) == provider));
    }

    /**
     * Whether this replica takes input: its streaming session is subscribed (always, unless a leader election
     * decides) and every started extension is active.
     */
    public BooleanSupplier streaming() {
        BooleanSupplier session = streaming;
        List<EntrypointExtension.Running> started = List.copyOf(extensions);
        return () -> session.getAsBoolean() && started.stream().allMatch(EntrypointExtension.Running::isActive);
    }

    private boolean needsSalesforce() {
        return !model.streaming().isEmpty() || (!providers.containsKey(SalesforceApi.class)
                && model.dependencies().stream().anyMatch(field -> field.getType() == SalesforceApi.class));
    }

    private void startDependencies(StartedParts parts) throws Exception {
        Set<Class<?>> used = new LinkedHashSet<>();
        for (Field field : model.dependencies()) {
            used.add(field.getType());
        }
        ServiceContext context = new ServiceContext(model.name(), config.raw());
        for (Class<?> type : used) {
            DependencyProvider<?> provider = providers.get(type);
            step = "starting the " + type.getSimpleName() + " dependency (" + provider.getClass().getSimpleName() + ")";
            provider.start(context);
            parts.add("the " + type.getSimpleName() + " dependency", provider::stop);
        }
    }

    private void declarePushTopics(SalesforceConnection salesforce) {
        PushTopicDeclarer declarer = new PushTopicDeclarer(salesforce.api());
        PushTopicSpecs specs = new PushTopicSpecs(salesforce);
        for (TopicDeclaration declaration : model.declarations()) {
            step = "declaring PushTopic " + declaration.name();
            Declaration result = declarer.declare(specs.of(declaration));
            LOG.info("Service {}: PushTopic {} {}{}", model.name(), declaration.name(),
                    result.action().name().toLowerCase(Locale.ROOT),
                    result.active() ? "" : " (inactive: it sends nothing until someone activates it)");
        }
    }
}
