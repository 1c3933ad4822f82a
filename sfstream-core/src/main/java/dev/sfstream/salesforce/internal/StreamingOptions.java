package dev.sfstream.salesforce.internal;

import dev.sfstream.container.LeaderElection;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.failure.Failure;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a service's streaming sessions are opened with besides the configuration.
 *
 * @param replayStore where replay ids are committed, or null for memory (set once the adapters are open)
 * @param deadLetterSink where failed events go, or null for the log (set once the adapters are open)
 * @param stateListeners told about streaming state changes
 * @param streamingTuning adjusts the streaming settings made from the configuration
 * @param sessionFailed told the reason when the running streaming session fails for good
 * @param leaderElection when not null, the session streams only while this replica leads
 * @param meterRegistry where the session's meters go, tagged with the service
 */
record StreamingOptions(ReplayStore replayStore, DeadLetterSink deadLetterSink, List<StateListener> stateListeners,
                        UnaryOperator<StreamingSettings> streamingTuning, Consumer<Failure> sessionFailed,
                        LeaderElection leaderElection, MeterRegistry meterRegistry) {
    StreamingOptions {
        stateListeners = List.copyOf(stateListeners);
    }

    /** The same options with another failure callback. */
    StreamingOptions withSessionFailed(Consumer<Failure> value) {
        return new StreamingOptions(replayStore, deadLetterSink, stateListeners, streamingTuning, value,
                leaderElection, meterRegistry);
    }

    /** The same options with the adapters opened at start. */
    StreamingOptions withAdapters(Adapters.Opened opened) {
        return new StreamingOptions(opened.replayStore(), opened.deadLetterSink(), stateListeners, streamingTuning,
                sessionFailed, opened.leaderElection(), meterRegistry);
    }
}
