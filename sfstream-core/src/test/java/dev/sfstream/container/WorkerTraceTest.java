package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Each handler invocation is observed, and the lines a handler logs carry its MDC fields. */
class WorkerTraceTest {
    private static final String CHANNEL = "/event/Traced__e";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

    @ServiceName("traced")
    public static class TracedService {
        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
            LoggerFactory.getLogger(TracedService.class).info("traced handler ran");
            if (notification.payload().get("fail") != null) {
                throw new IllegalStateException("refused");
            }
        }
    }

    @BeforeEach
    void captureLines() {
        lines.start();
        ((Logger) LoggerFactory.getLogger(TracedService.class)).addAppender(lines);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(TracedService.class)).detachAppender(lines);
    }

    @Test
    void aHandlersLogLinesCarryTheWorkerAndEachInvocationIsObserved() {
        Emulator emulator = emulators.emulator();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                observed.add(context);
            }
        });
        ServiceContainer container = EmulatorServices.container(TracedService.class, emulator,
                Map.of("HANDLER_RETRIES", 0), new Calls()).observationRegistry(registry).build();
        container.start();
        try {
            emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("n", 1)));
            emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("fail", true)));
            await().atMost(Duration.ofSeconds(20)).until(() -> observed.size() == 2 && lines.list.size() == 2);
        } finally {
            container.stop();
        }
        ILoggingEvent line = lines.list.get(0);
        Map<String, String> mdc = line.getMDCPropertyMap();
        assertThat(mdc).containsEntry("service", "traced").containsEntry("entrypoint", "handle")
                .containsEntry("channel", CHANNEL).containsKey("replay_id").containsKey("call_id");
        assertThat(mdc.get("call_id")).startsWith("traced.handle.");
        assertThat(Long.parseLong(mdc.get("replay_id"))).isPositive();
        assertThat(lines.list.get(1).getMDCPropertyMap().get("replay_id")).isNotEqualTo(mdc.get("replay_id"));

        assertThat(observed).allSatisfy(context -> {
            assertThat(context.getName()).isEqualTo("sfstream.worker");
            assertThat(keys(context)).containsEntry("service", "traced").containsEntry("entrypoint", "handle")
                    .containsEntry("channel", CHANNEL).containsKey("call_id").containsKey("replay_id");
        });
        assertThat(observed.stream().filter(context -> context.getError() != null).toList()).singleElement()
                .satisfies(context -> assertThat(context.getError()).hasMessage("refused"));
        assertThat(observed.stream().map(context -> keys(context).get("call_id")))
                .contains(mdc.get("call_id"));
    }

    private static Map<String, String> keys(Observation.Context context) {
        return context.getAllKeyValues().stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
    }
}
