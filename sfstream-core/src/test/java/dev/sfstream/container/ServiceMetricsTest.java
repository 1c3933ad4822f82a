package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two services in one registry: each one's meters are tagged with its name (and channel), none is merged or lost. */
class ServiceMetricsTest {
    private static final String CHANNEL = "/event/Metered__e";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @ServiceName("metered-a")
    public static class FirstService {
        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
        }
    }

    @ServiceName("metered-b")
    public static class SecondService {
        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
            if (notification.payload().get("fail") != null) {
                throw new IllegalStateException("refused");
            }
        }
    }

    @Test
    void twoServicesInOneRegistryHaveTaggedMetersAndHandlerTimers() {
        Emulator emulator = emulators.emulator();
        ServiceRunner runner = new ServiceRunner(List.of(container(FirstService.class, emulator),
                container(SecondService.class, emulator)));
        runner.start();
        try {
            emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("n", 1)));
            emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("fail", true)));
            await().atMost(Duration.ofSeconds(20)).until(() -> count("sfstream.events.handled", "metered-a") == 2
                    && count("sfstream.events.handled", "metered-b") == 1
                    && count("sfstream.events.dead_lettered", "metered-b") == 1);
            assertThat(count("sfstream.events.received", "metered-a")).isEqualTo(2);
            assertThat(count("sfstream.events.received", "metered-b")).isEqualTo(2);
            assertThat(count("sfstream.events.dead_lettered", "metered-a")).isZero();

            assertThat(timer("metered-a", "success").count()).isEqualTo(2);
            assertThat(timer("metered-b", "success").count()).isEqualTo(1);
            assertThat(timer("metered-b", "failure").count()).isEqualTo(1);
            assertThat(registry.find("sfstream.events.in_flight").gauges()).hasSize(2);
            assertThat(registry.find("sfstream.handshakes").tag("service", "metered-b").counter()).isNotNull();
        } finally {
            runner.stop(Duration.ofSeconds(10));
        }
        assertThat(registry.find("sfstream.events.in_flight").gauges()).as("removed with their sessions").isEmpty();
    }

    private ServiceContainer container(Class<?> service, Emulator emulator) {
        return EmulatorServices.container(service, emulator, Map.of("HANDLER_RETRIES", 0), new Calls())
                .meterRegistry(registry).build();
    }

    private double count(String name, String service) {
        Counter counter = registry.find(name).tag("service", service).tag("channel", CHANNEL).counter();
        return counter == null ? 0 : counter.count();
    }

    private Timer timer(String service, String outcome) {
        return registry.get("sfstream.handler").tag("service", service).tag("entrypoint", "handle")
                .tag("outcome", outcome).timer();
    }
}
