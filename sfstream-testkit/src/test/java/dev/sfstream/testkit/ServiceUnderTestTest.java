package dev.sfstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.ServiceName;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.notification.Notification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceUnderTestTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @ServiceName("accounts")
    public static class AccountService {
        @Dependency
        EventDispatcher dispatch;

        @HandleSObjectNotification("Account")
        public String handle(String sobjectType, String recordType, Notification notification) {
            dispatch.dispatch("account_" + notification.eventType(), notification.sobject());
            return (String) notification.sobject().get("Name");
        }
    }

    @Test
    void waitsForAnEntrypointAndRecordsDispatchedEvents() {
        Emulator emulator = emulators.emulator();
        RecordingEventDispatcher dispatched = new RecordingEventDispatcher();
        try (ServiceUnderTest service = ServiceUnderTest.builder(AccountService.class, emulator)
                .replaceDependency(EventDispatcher.class, dispatched).start();
             UserSession other = UserSession.otherUser(emulator)) {
            EntrypointWaiter handled = service.waiter("handle");
            other.api().create("Account", Map.of("Name", "Acme"));
            assertThat(handled.awaitResult(Duration.ofSeconds(10))).isEqualTo("Acme");
            assertThat(dispatched.eventTypes()).containsExactly("account_created");
            WorkerCall call = service.calls("handle").get(0);
            assertThat(call.worker().serviceName()).isEqualTo("accounts");
            assertThat(call.worker().callId()).startsWith("accounts.handle.");
        }
    }

    @Test
    void aWaiterFailsClearlyWhenNothingHappens() {
        try (ServiceUnderTest service = ServiceUnderTest.builder(AccountService.class, emulators.emulator())
                .replaceDependency(EventDispatcher.class, new RecordingEventDispatcher()).start()) {
            assertThatThrownBy(() -> service.waiter("handle").await(Duration.ofMillis(200)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("entrypoint handle was not called (as expected) within PT0.2S");
        }
    }

    @Test
    void aBadConfigurationFailsTheStart() {
        ServiceUnderTest service = ServiceUnderTest.builder(AccountService.class, emulators.emulator())
                .salesforce("PASSWORD", "not-the-password").build();
        assertThatThrownBy(() -> service.container().start()).isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("logging in").hasMessageNotContaining("not-the-password");
    }
}
