package dev.sfstream.salesforce.internal;

import dev.sfstream.annotation.HandleNotification;
import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Salesforce streaming on the entrypoint SPI: serves {@code @Subscribe}, {@code @HandleNotification} and
 * {@code @HandleSObjectNotification} (checked when the service is scanned, with placeholders resolved) and the
 * {@code SalesforceApi} dependency; starts with {@link SalesforceStart}. One instance per container.
 */
public final class SalesforceStreamingExtension implements EntrypointExtension {
    /**
     * What the container's builder set.
     *
     * @param replayStore where replay ids are committed, or null to choose from the configuration
     * @param deadLetterSink where failed events go, or null to choose from the configuration
     * @param leaderElection the election among the service's replicas, or null to choose from the configuration
     * @param stateListeners told about streaming state changes
     * @param streamingTuning adjusts the streaming settings made from the configuration
     * @param placeholders resolves the texts of the annotations
     * @param discover whether to find adapters the configuration asks for with {@link java.util.ServiceLoader}
     * @param meterRegistry where the sessions' meters go
     */
    public record Options(ReplayStore replayStore, DeadLetterSink deadLetterSink, LeaderElection leaderElection,
                          List<StateListener> stateListeners, UnaryOperator<StreamingSettings> streamingTuning,
                          UnaryOperator<String> placeholders, boolean discover, MeterRegistry meterRegistry) {
        public Options {
            stateListeners = List.copyOf(stateListeners);
            Objects.requireNonNull(streamingTuning, "streamingTuning");
            Objects.requireNonNull(placeholders, "placeholders");
            Objects.requireNonNull(meterRegistry, "meterRegistry");
        }
    }

    private final SfstreamConfig config;
    private final Options options;
    private final SalesforceApiDependency api = new SalesforceApiDependency();

    /** @param config the service's configuration, as loaded (its raw keys are the service context's) */
    public SalesforceStreamingExtension(SfstreamConfig config, Options options) {
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Subscribe.class;
    }

    @Override
    public List<Class<? extends Annotation>> annotationTypes() {
        return List.of(Subscribe.class, HandleNotification.class, HandleSObjectNotification.class);
    }

    @Override
    public void validate(EntrypointMethod entrypoint) {
        StreamingEntrypoints.of(entrypoint, options.placeholders());
    }

    @Override
    public void validateService(List<EntrypointMethod> entrypoints) {
        StreamingEntrypoints.requireOneDeclarationPerTopic(model("", entrypoints).streaming());
    }

    @Override
    public List<DependencyProvider<?>> dependencies() {
        return List.of(api);
    }

    @Override
    public Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker,
                         Startup startup) throws Exception {
        return new SalesforceStart(model(service.serviceName(), entrypoints), config, options, startup)
                .start(invoker, api);
    }

    /** The service's Salesforce entrypoints with their texts resolved. */
    public StreamingModel model(String serviceName, List<EntrypointMethod> entrypoints) {
        return new StreamingModel(serviceName, entrypoints.stream()
                .map(entrypoint -> StreamingEntrypoints.of(entrypoint, options.placeholders())).toList());
    }
}
