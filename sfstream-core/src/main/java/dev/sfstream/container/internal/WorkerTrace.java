package dev.sfstream.container.internal;

import dev.sfstream.container.WorkerContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Makes one worker traceable: a Micrometer {@link Observation} named {@value #OBSERVATION} around the handler
 * call (so any tracing bridge sees it), and MDC entries {@code service}, {@code entrypoint}, {@code channel},
 * {@code replay_id} and {@code call_id} on every log line the handler writes on its thread. The thread's MDC is
 * restored afterwards.
 */
final class WorkerTrace implements AutoCloseable {
    /** The observation's name. */
    static final String OBSERVATION = "sfstream.worker";
    /** The worker context data key of the event's position in its source, when an extension passes one. */
    static final String REPLAY_ID_KEY = "replay_id";

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
        // Null (nothing copied) on a pool thread, whose MDC the previous worker cleared.
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.put("service", worker.serviceName());
        MDC.put("entrypoint", worker.entrypoint());
        MDC.put("call_id", worker.callId());
        putOrRemove("channel", channel);
        putOrRemove("replay_id", replay);
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
        if (previousMdc == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(previousMdc);
        }
    }
}
