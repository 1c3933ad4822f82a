package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.WorkerCall;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimpleSubscriptionServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void handlesEventsOfAnExistingPushTopic() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "InvoiceStatementUpdates",
                "Query", "SELECT Id, Name FROM Account", "ApiVersion", 37.0));
        try (ServiceUnderTest service = ServiceUnderTest.builder(SimpleSubscriptionService.class, emulator).start()) {
            EntrypointWaiter handled = service.waiter("handleEvent");
            emulator.streaming().publish("/topic/InvoiceStatementUpdates", Map.of(
                    "event", Map.of("type", "updated", "createdDate", "2016-03-29T16:40:08.208Z"),
                    "sobject", Map.of("Id", "a00xx0000000001AAA")));
            WorkerCall call = handled.await(Duration.ofSeconds(10));
            assertThat(call.arguments().get(0)).isEqualTo("/topic/InvoiceStatementUpdates");
            Notification event = call.notification();
            assertThat(event.eventType()).isEqualTo("updated");
            assertThat(event.sobject()).containsEntry("Id", "a00xx0000000001AAA");
            assertThat(call.worker().data()).containsKeys("replay_id", "client_id");
        }
    }
}
