package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscribeOnlyNotificationServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void withoutAQueryNothingIsDeclared() {
        Emulator emulator = emulators.emulator();
        emulator.createRecord("PushTopic", Map.of("Name", "ContactUpdates", "Query", "SELECT Id, LastName FROM Contact",
                "ApiVersion", 37.0));
        try (ServiceUnderTest service = ServiceUnderTest.builder(SubscribeOnlyNotificationService.class, emulator)
                .start()) {
            assertThat(emulator.requests()).noneMatch(request -> request.path().contains("/sobjects/PushTopic"));
            EntrypointWaiter handled = service.waiter("handleContactUpdates");
            emulator.createRecord("Contact", Map.of("LastName", "Creed"));
            assertThat(handled.await(Duration.ofSeconds(10)).notification().sobject())
                    .containsEntry("LastName", "Creed");
        }
    }
}
