package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.WorkerCall;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotificationOptionsServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void declaresEveryOptionAndHearsOnlyNameUpdates() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest service = ServiceUnderTest.builder(NotificationOptionsService.class, emulator)
                .start()) {
            assertThat(emulator.records("PushTopic")).singleElement().satisfies(topic -> assertThat(topic)
                    .containsEntry("Name", "ContactNameUpdated").containsEntry("NotifyForFields", "Select")
                    .containsEntry("NotifyForOperationCreate", false).containsEntry("NotifyForOperationUpdate", true)
                    .containsEntry("NotifyForOperationDelete", false)
                    .containsEntry("NotifyForOperationUndelete", false));
            EntrypointWaiter handled = service.waiter("handleContactUpdates");
            String id = emulator.createRecord("Contact", Map.of("FirstName", "Adonis", "LastName", "Johnson"));
            emulator.updateRecord("Contact", id, Map.of("MailingCity", "Philadelphia"));
            emulator.updateRecord("Contact", id, Map.of("LastName", "Creed"));
            WorkerCall call = handled.await(Duration.ofSeconds(10));
            assertThat(call.arguments().get(0)).isEqualTo("ContactNameUpdated");
            assertThat(call.notification().eventType()).isEqualTo("updated");
            assertThat(call.notification().sobject()).containsEntry("LastName", "Creed");
            assertThat(service.calls("handleContactUpdates")).hasSize(1);
        }
    }
}
