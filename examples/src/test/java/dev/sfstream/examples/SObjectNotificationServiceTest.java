package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.UserSession;
import dev.sfstream.testkit.WorkerCall;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SObjectNotificationServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void handlesChangesOfOtherUsersOnly() {
        Emulator emulator = emulators.emulator();
        String serviceUserId = emulator.fixture().users().get(0).userId();
        try (ServiceUnderTest service = ServiceUnderTest.builder(SObjectNotificationService.class, emulator).start();
             UserSession other = UserSession.otherUser(emulator)) {
            assertThat(emulator.records("PushTopic")).singleElement().satisfies(topic -> assertThat(topic)
                    .containsEntry("Name", "Contact")
                    .containsEntry("Query", "SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact "
                            + "WHERE LastModifiedById != '" + serviceUserId + "'"));
            EntrypointWaiter handled = service.waiter("handleContactUpdates");
            emulator.createRecord("Contact", Map.of("LastName", "Made by the service user"));
            other.api().create("Contact", Map.of("LastName", "Made by someone else"));
            WorkerCall call = handled.await(Duration.ofSeconds(10));
            assertThat(call.arguments().subList(0, 2)).isEqualTo(Arrays.asList("Contact", null));
            assertThat(call.notification().sobject()).containsEntry("Name", "Made by someone else");
            assertThat(service.calls("handleContactUpdates")).hasSize(1);
        }
    }
}
