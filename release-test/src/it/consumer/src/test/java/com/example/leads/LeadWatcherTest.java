package com.example.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.RecordingEventDispatcher;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.UserSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeadWatcherTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void aNewLeadBecomesAnEvent() throws Exception {
        RecordingEventDispatcher dispatched = new RecordingEventDispatcher();
        try (ServiceUnderTest service = ServiceUnderTest.builder(LeadWatcher.class, emulators.emulator())
                     .replaceDependency(EventDispatcher.class, dispatched).start();
             UserSession other = UserSession.otherUser(emulators.emulator())) {
            EntrypointWaiter handled = service.waiter("onLead");
            other.api().create("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
            handled.await(Duration.ofSeconds(10));
            assertEquals(List.of("lead_created"), dispatched.eventTypes());
        }
    }
}
