package dev.sfstream.container.internal;

import dev.sfstream.container.WorkerContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.MDC;

/**
 * Makes one worker traceable: a Micrometer {@link Observation} named {@value #OBSERVATION} around the handler
 * call (so any tracing bridge sees it), and MDC entries {@code service}, {@code entrypoint}, {@code channel},
 * {@code replay_id} and {@code call_id} on every log line the handler writes on its thread. Those keys get their
 * earlier values back afterwards; other MDC keys of the thread are left alone.
 */
final class WorkerTrace implements AutoCloseable {
    /** The observation's name. */
    static final String OBSERVATION = "sfstream.worker";
    /** The worker context data key of the event's position in its source, when an extension passes one. */
    static final String REPLAY_ID_KEY = "replay_id";

    /** The MDC keys a worker sets, in the order {@link #start} sets them. */
    private static final String[] MDC_KEYS = {"service", "entrypoint", "call_id", "channel", "replay_id"};

    // The thread's earlier values of MDC_KEYS (null: absent), put back afterwards. Only these keys are saved and
    // restored, rather than a copy of the whole context, so that a pool thread keeps its MDC map from one worker to
    // the next instead of making and dropping one per event.
    private final String[] previousMdc;
    private final Observation observation;
    private final Observation.Scope scope;

    private WorkerTrace(String[] previousMdc, Observation observation) {
        this.previousMdc = previousMdc;
        this.observation = observation;
        this.scope = observation.openScope();
    }

    /** Starts tracing a worker of a message from {@code channel} (null for none). */
    static WorkerTrace start(ObservationRegistry registry, WorkerContext worker, String channel) {
        Object replayId = worker.data().get(REPLAY_ID_KEY);
        String replay = replayId == null ? null : replayId.toString();
        String[] previous = new String[MDC_KEYS.length];
        replace(previous, 0, worker.serviceName());
        replace(previous, 1, worker.entrypoint());
        replace(previous, 2, worker.callId());
        replace(previous, 3, channel);
        replace(previous, 4, replay);
        return new WorkerTrace(previous, observe(registry, worker, channel, replay));
    }

    private static Observation observe(ObservationRegistry registry, WorkerContext worker, String channel,
                                       String replayId) {
        if (registry.isNoop()) {
            return Observation.NOOP;
        }
        return Observation.createNotStarted(OBSERVATION, registry)
                .contextualName("handle " + worker.entrypoint())
                .lowCardinalityKeyValue("service", worker.serviceName())
                .lowCardinalityKeyValue("entrypoint", worker.entrypoint())
                .lowCardinalityKeyValue("channel", channel == null ? "none" : channel)
                .highCardinalityKeyValue("call_id", worker.callId())
                .highCardinalityKeyValue("replay_id", replayId == null ? "none" : replayId)
                .start();
    }

    private static void replace(String[] previous, int key, String value) {
        previous[key] = MDC.get(MDC_KEYS[key]);
        putOrRemove(MDC_KEYS[key], value);
    }

    private static void putOrRemove(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Records the handler's failure on the observation. */
    void failed(Throwable failure) {
        observation.error(failure);
    }

    @Override
    public void close() {
        scope.close();
        observation.stop();
        for (int i = 0; i < MDC_KEYS.length; i++) {
            putOrRemove(MDC_KEYS[i], previousMdc[i]);
        }
    }
}
