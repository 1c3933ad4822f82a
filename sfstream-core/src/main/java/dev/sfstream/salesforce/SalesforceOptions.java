package dev.sfstream.salesforce;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.salesforce.internal.SalesforceStreamingExtension;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The options of the built-in Salesforce streaming extension ({@code @Subscribe}, {@code @HandleNotification},
 * {@code @HandleSObjectNotification}), set on the container's builder
 * ({@link dev.sfstream.container.ServiceContainer.Builder} inherits them).
 *
 * @param <B> the builder type, returned by every option for chaining
 */
public abstract class SalesforceOptions<B extends SalesforceOptions<B>> {
    private final List<StateListener> stateListeners = new ArrayList<>();
    private LeaderElection leaderElection;
    private ReplayStore replayStore;
    private DeadLetterSink deadLetterSink;
    private UnaryOperator<StreamingSettings> streamingTuning = UnaryOperator.identity();
    private UnaryOperator<String> placeholders = UnaryOperator.identity();

    /** The builder itself. */
    protected abstract B self();

    /**
     * Where replay ids are committed. Without one, {@code PUSHTOPIC_REPLAY_ENABLED: true} opens the store a
     * module on the class path provides ({@code sfstream-redis}); otherwise they are kept in memory.
     */
    public B replayStore(ReplayStore value) {
        replayStore = value;
        return self();
    }

    /**
     * Where events go whose handler failed every retry. Without one, {@code DEAD_LETTER} chooses (the
     * default logs them at ERROR; {@code redis} needs {@code sfstream-redis}).
     */
    public B deadLetterSink(DeadLetterSink value) {
        deadLetterSink = value;
        return self();
    }

    /** Told about the streaming session's state changes (connected, reconnecting, ...). */
    public B stateListener(StateListener listener) {
        stateListeners.add(Objects.requireNonNull(listener, "listener"));
        return self();
    }

    /**
     * Streams only while this replica leads the election ({@code LEADER_LEASE}); a standby takes over from
     * the committed replay ids when the leader stops or dies. Use a shared replay store with it. Without
     * one, {@code LEADER_LEASE} opens the election a module on the class path provides ({@code sfstream-redis}).
     */
    public B leaderElection(LeaderElection value) {
        leaderElection = value;
        return self();
    }

    /** Adjusts the streaming settings made from the configuration, after earlier adjustments. */
    public B streamingSettings(UnaryOperator<StreamingSettings> tuning) {
        Objects.requireNonNull(tuning, "tuning");
        UnaryOperator<StreamingSettings> earlier = streamingTuning;
        streamingTuning = settings -> tuning.apply(earlier.apply(settings));
        return self();
    }

    /**
     * Resolves placeholders in the texts of {@code @Subscribe}, {@code @HandleNotification} and
     * {@code @HandleSObjectNotification} (channel, topic name, query, sObject type, record type, fields) before
     * they are checked; a resolver that throws fails building the container, naming the method and annotation.
     * Default: texts as written.
     */
    public B placeholders(UnaryOperator<String> resolver) {
        placeholders = Objects.requireNonNull(resolver, "resolver");
        return self();
    }

    /**
     * The Salesforce streaming extension these options configure, for one container.
     *
     * @param config the service's configuration
     * @param discover whether to find the replay store, dead-letter sink and leader election the configuration asks
     *     for with {@link java.util.ServiceLoader}
     * @param meterRegistry where the streaming session's meters go
     */
    protected final EntrypointExtension salesforceStreaming(SfstreamConfig config, boolean discover,
                                                            MeterRegistry meterRegistry) {
        return new SalesforceStreamingExtension(config, new SalesforceStreamingExtension.Options(replayStore,
                deadLetterSink, leaderElection, stateListeners, streamingTuning, placeholders, discover,
                meterRegistry));
    }
}
