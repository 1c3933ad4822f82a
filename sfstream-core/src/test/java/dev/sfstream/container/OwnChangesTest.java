package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.rest.SalesforceApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code SKIP_OWN_CHANGES}: a service passes over exactly the changes its own REST calls made. */
class OwnChangesTest {
    private static final String ACCOUNTS = "/data/AccountChangeEvent";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final Calls calls = new Calls();

    @ServiceName("account-sync")
    public static class AccountSync {
        @Dependency
        Calls calls;
        @Dependency
        SalesforceApi salesforce;

        @Subscribe("/event/Rename__e")
        public void rename(Notification request) {
            salesforce.update("Account", (String) request.payload().get("AccountId__c"),
                    Map.of("Name", request.payload().get("Name__c")));
        }

        @Subscribe(ACCOUNTS)
        public void changed(Notification change) {
            calls.record("changed", change.payload().get("Name"));
        }
    }

    @Test
    void theServicesOwnWritesArePassedOverAndOthersAreHandled() {
        Emulator emulator = emulators.emulator();
        ServiceContainer container = EmulatorServices.container(AccountSync.class, emulator,
                Map.of("SKIP_OWN_CHANGES", true), calls).build();
        container.start();
        try {
            String id = emulator.createRecord("Account", Map.of("Name", "by someone else"));
            await().atMost(Duration.ofSeconds(20)).until(() -> calls.all().size() == 1);
            emulator.streaming().publish("/event/Rename__e", Map.of("payload",
                    Map.of("AccountId__c", id, "Name__c", "by the service itself")));
            await().atMost(Duration.ofSeconds(20)).until(() -> "by the service itself".equals(
                    emulator.record(id).orElseThrow().get("Name")));
            emulator.updateRecord("Account", id, Map.of("Name", "by someone else again"));
            await().atMost(Duration.ofSeconds(20)).until(() -> calls.all().size() == 2);
            // The changes of one record are handled in order, so the service's own change came (and was passed
            // over) before the last one.
            assertThat(calls.all()).extracting(call -> call.arguments().get(0))
                    .isEqualTo(List.of("by someone else", "by someone else again"));
        } finally {
            container.stop();
        }
    }
}
