package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.UserSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuickStartServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void writesBackOnceAndDoesNotHandleItsOwnChange() {
        Emulator emulator = emulators.emulator();
        try (ServiceUnderTest service = ServiceUnderTest.builder(QuickStartService.class, emulator).start();
             UserSession other = UserSession.otherUser(emulator)) {
            EntrypointWaiter handled = service.waiter("handleContactChanges");
            String id = other.api().create("Contact", Map.of("LastName", "Doe")).id();
            handled.awaitResult(Duration.ofSeconds(10));
            assertThat(emulator.record(id).orElseThrow()).containsEntry("Description", QuickStartService.NOTE);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> service.calls("handleContactChanges").size() == 1);
        }
    }
}
