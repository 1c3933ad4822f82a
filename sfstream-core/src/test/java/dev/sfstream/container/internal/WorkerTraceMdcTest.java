package dev.sfstream.container.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.container.WorkerContext;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A worker's MDC entries sit next to the thread's own while it runs, and the thread's MDC is restored after. */
class WorkerTraceMdcTest {
    private static final WorkerContext WORKER = WorkerContext.start("orders", "handle", List.of(),
            Map.of(WorkerTrace.REPLAY_ID_KEY, 42L));

    @AfterEach
    void clearTheThread() {
        MDC.clear();
    }

    @Test
    void theWorkersKeysJoinTheThreadsAndTheThreadGetsItsOwnBackIncludingAKeyTheWorkerReplaced() {
        MDC.put("request", "r-1");
        MDC.put("channel", "/outer");
        try (WorkerTrace ignored = WorkerTrace.start(ObservationRegistry.NOOP, WORKER, "/event/Order__e")) {
            assertThat(MDC.getCopyOfContextMap()).containsOnly(
                    Map.entry("request", "r-1"), Map.entry("service", "orders"), Map.entry("entrypoint", "handle"),
                    Map.entry("call_id", WORKER.callId()), Map.entry("channel", "/event/Order__e"),
                    Map.entry("replay_id", "42"));
            MDC.put("order", "o-7");
        }
        assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry("request", "r-1"), Map.entry("channel", "/outer"));
    }

    @Test
    void nothingAHandlerPutInTheMdcReachesTheNextWorkerOnAThreadThatHadNone() {
        try (WorkerTrace ignored = WorkerTrace.start(ObservationRegistry.NOOP, WORKER, "/event/Order__e")) {
            MDC.put("order", "o-7");
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
        try (WorkerTrace ignored = WorkerTrace.start(ObservationRegistry.NOOP, WORKER, "/event/Order__e")) {
            assertThat(MDC.get("order")).isNull();
            assertThat(MDC.get("call_id")).isEqualTo(WORKER.callId());
        }
    }

    @Test
    void aWorkerWithoutAChannelOrReplayIdHidesTheThreadsValuesOfThoseKeysWhileItRuns() {
        MDC.put("channel", "/outer");
        MDC.put("replay_id", "7");
        WorkerContext direct = WorkerContext.start("orders", "handle", List.of(), Map.of());
        try (WorkerTrace ignored = WorkerTrace.start(ObservationRegistry.NOOP, direct, null)) {
            assertThat(MDC.get("channel")).isNull();
            assertThat(MDC.get("replay_id")).isNull();
            assertThat(MDC.get("service")).isEqualTo("orders");
        }
        assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry("channel", "/outer"), Map.entry("replay_id", "7"));
    }
}
