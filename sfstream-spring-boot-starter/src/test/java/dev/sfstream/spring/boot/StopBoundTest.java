package dev.sfstream.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.container.ContainerState;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.spring.boot.test.EmulatorProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Closing the application context stops the services within {@code sfstream.shutdown-timeout}, even with a handler stuck. */
class StopBoundTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    /** What the stuck handler waits for, and whether it started. */
    static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(StuckService.class)
    static class StuckApplication {
        @Bean
        Gate gate() {
            return new Gate();
        }
    }

    @ServiceName("stuck")
    public static class StuckService {
        private final Gate gate;

        public StuckService(Gate gate) {
            this.gate = gate;
        }

        @Subscribe("/event/Stuck__e")
        public void onEvent(Notification notification) throws InterruptedException {
            gate.entered.countDown();
            gate.release.await(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void theContextClosesWithinTheStopBoundWhileAHandlerIsStuck() {
        Emulator emulator = emulators.emulator();
        Map<String, Object> properties = EmulatorProperties.of(emulator);
        properties.put("sfstream.shutdown-timeout", "1s");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StuckApplication.class)
                .web(WebApplicationType.NONE).properties(properties).run();
        Gate gate = context.getBean(Gate.class);
        SfstreamServices services = context.getBean(SfstreamServices.class);
        try {
            emulator.streaming().publish("/event/Stuck__e", Map.of("payload", Map.of("n", 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> gate.entered.getCount() == 0);

            long started = System.nanoTime();
            context.close();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("close with sfstream.shutdown-timeout=1s").isLessThan(Duration.ofSeconds(4))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(services.isRunning()).isFalse();
            assertThat(services.containers()).extracting(container -> container.state())
                    .containsOnly(ContainerState.STOPPED);
        } finally {
            gate.release.countDown();
            context.close();
        }
    }
}
