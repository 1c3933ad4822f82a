package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.UserSession;
import dev.sfstream.testkit.WorkerCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StudentNotificationServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void handlesNameChangesOfStudentsByOtherUsers() {
        Emulator emulator = emulators.emulator();
        String serviceUserId = emulator.fixture().users().get(0).userId();
        try (ServiceUnderTest service = ServiceUnderTest.builder(StudentNotificationService.class, emulator).start();
             UserSession other = UserSession.otherUser(emulator)) {
            Map<String, Object> topic = emulator.records("PushTopic").get(0);
            String studentTypeId = (String) other.api().query(
                    "SELECT Id FROM RecordType WHERE SobjectType = 'Contact' AND DeveloperName = 'Student'")
                    .stream().findFirst().orElseThrow().get("Id");
            assertThat(topic).containsEntry("Name", "ContactStudent").containsEntry("NotifyForFields", "Select")
                    .containsEntry("NotifyForOperationCreate", false).containsEntry("NotifyForOperationUpdate", true)
                    .containsEntry("Query", "SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact "
                            + "WHERE RecordTypeId = '" + studentTypeId + "' AND LastModifiedById != '"
                            + serviceUserId + "'");
            EntrypointWaiter handled = service.waiter("handleContactUpdates");
            String student = other.api().create("Contact", Map.of("LastName", "Student",
                    "RecordTypeId", studentTypeId)).id();
            other.api().update("Contact", student, Map.of("LastName", "Graduate"));
            WorkerCall call = handled.await(Duration.ofSeconds(10));
            assertThat(call.arguments().subList(0, 2)).isEqualTo(List.of("Contact", "Student"));
            assertThat(call.notification().eventType()).isEqualTo("updated");
            assertThat(call.notification().sobject()).containsEntry("Name", "Graduate");
        }
    }
}
