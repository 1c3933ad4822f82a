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

class StackingServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void oneMethodHandlesBothTopicsAndKnowsWhichFired() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest service = ServiceUnderTest.builder(StackingService.class, emulator).start()) {
            EntrypointWaiter account = service.waiter("handleUpdates",
                    call -> call.arguments().get(0).equals("AccountUpdates"));
            EntrypointWaiter contact = service.waiter("handleUpdates",
                    call -> call.arguments().get(0).equals("ContactUpdates"));
            emulator.createRecord("Account", Map.of("Name", "Acme"));
            emulator.createRecord("Contact", Map.of("LastName", "Doe"));
            assertThat(account.await(Duration.ofSeconds(10)).notification().sobject()).containsEntry("Name", "Acme");
            assertThat(contact.await(Duration.ofSeconds(10)).notification().sobject()).containsEntry("LastName", "Doe");
        }
    }
}
