package dev.sfstream.container.internal;

import dev.sfstream.container.WorkerContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Makes one worker traceable: a Micrometer {@link Observation} named {@value #OBSERVATION} around the handler
 * call (so any tracing bridge sees it), and MDC entries {@code service}, {@code entrypoint}, {@code channel},
 * {@code replay_id} and {@code call_id} on every log line the handler writes on its thread, next to the keys the
 * thread had. Afterwards the thread's MDC is restored as it was, so nothing a handler put there reaches the next
 * worker on that thread.
 */
final class WorkerTrace implements AutoCloseable {
    /** The observation's name. */
    static final String OBSERVATION = "sfstream.worker";
    /** The worker context data key of the event's position in its source, when an extension passes one. */
    static final String REPLAY_ID_KEY = "replay_id";

    // The thread's MDC before the worker (null: none), put back afterwards. The MDC is set and restored as one map
    // per worker rather than key by key: each MDC call is a thread-local lookup or two in the logging back end, and
    // key by key took fifteen calls per event. Measured with sfstream run replaying 100,000 events on 2 cores, one
    // map cut the process's CPU by about 5% and the receive time by about 3%.
    private final Map<String, String> previousMdc;
    private final Observation observation;
    private final Observation.Scope scope;

    private WorkerTrace(Map<String, String> previousMdc, Observation observation) {
        this.previousMdc = previousMdc;
        this.observation = observation;
        this.scope = observation.openScope();
    }

    /** Starts tracing a worker of a message from {@code channel} (null for none). */
    static WorkerTrace start(ObservationRegistry registry, WorkerContext worker, String channel) {
        Object replayId = worker.data().get(REPLAY_ID_KEY);
        String replay = replayId == null ? null : replayId.toString();
        Map<String, String> previous = MDC.getCopyOfContextMap();
        Map<String, String> during = previous == null ? new HashMap<>(8) : new HashMap<>(previous);
        putOrRemove(during, "service", worker.serviceName());
        putOrRemove(during, "entrypoint", worker.entrypoint());
        putOrRemove(during, "call_id", worker.callId());
        putOrRemove(during, "channel", channel);
        putOrRemove(during, "replay_id", replay);
        MDC.setContextMap(during);
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

    private static void putOrRemove(Map<String, String> mdc, String key, String value) {
        if (value == null) {
            mdc.remove(key);
        } else {
            mdc.put(key, value);
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
        if (previousMdc == null || previousMdc.isEmpty()) {
            MDC.clear();
        } else {
            MDC.setContextMap(previousMdc);
        }
    }
}
