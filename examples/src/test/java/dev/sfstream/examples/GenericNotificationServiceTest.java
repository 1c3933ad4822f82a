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

class GenericNotificationServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void declaresThePushTopicAndHandlesItsNotifications() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest service = ServiceUnderTest.builder(GenericNotificationService.class, emulator)
                .start()) {
            assertThat(emulator.records("PushTopic")).singleElement()
                    .satisfies(topic -> assertThat(topic).containsEntry("Name", "ContactUpdates")
                            .containsEntry("Query", "SELECT Id, FirstName, LastName FROM Contact"));
            EntrypointWaiter handled = service.waiter("handleContactUpdates");
            String id = emulator.createRecord("Contact", Map.of("FirstName", "Rocky", "LastName", "Balboa"));
            WorkerCall call = handled.await(Duration.ofSeconds(10));
            assertThat(call.arguments().get(0)).isEqualTo("ContactUpdates");
            assertThat(call.notification().eventType()).isEqualTo("created");
            assertThat(call.notification().sobject()).containsEntry("LastName", "Balboa");
            assertThat(id).startsWith((String) call.notification().sobject().get("Id")).isNotEmpty();
        }
    }

    @Test
    void updatesAnExistingPushTopicOfTheSameName() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "ContactUpdates", "Query", "SELECT Id FROM Contact",
                "ApiVersion", 37.0));
        try (ServiceUnderTest service = ServiceUnderTest.builder(GenericNotificationService.class, emulator)
                .start()) {
            assertThat(emulator.records("PushTopic")).singleElement()
                    .satisfies(topic -> assertThat(topic)
                            .containsEntry("Query", "SELECT Id, FirstName, LastName FROM Contact"));
        }
    }
}
