package dev.sfstream.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.testkit.RecordingEventDispatcher;
import dev.sfstream.testkit.ServiceUnderTest;
import dev.sfstream.testkit.UserSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventProxyServiceTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    @SuppressWarnings("unchecked")
    void proxiesLeadAndOpportunityChangesAsNamekoEvents() {
        Emulator emulator = emulators.emulator();
        RecordingEventDispatcher dispatched = new RecordingEventDispatcher();
        try (ServiceUnderTest service = ServiceUnderTest.builder(EventProxyService.class, emulator)
                .replaceDependency(EventDispatcher.class, dispatched).start();
             UserSession other = UserSession.otherUser(emulator)) {
            String lead = other.api().create("Lead", Map.of("LastName", "Doe", "Company", "Acme")).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> dispatched.events().size() == 1);
            String opportunity = other.api().create("Opportunity", Map.of("Name", "Big deal",
                    "StageName", "Prospecting", "CloseDate", "2030-01-01")).id();
            other.api().update("Opportunity", opportunity, Map.of("StageName", "Closed Won"));
            await().atMost(Duration.ofSeconds(10)).until(() -> dispatched.events().size() == 3);
            assertThat(dispatched.eventTypes()).isEqualTo(List.of("salesforce_lead_created",
                    "salesforce_opportunity_created", "salesforce_opportunity_updated"));
            Map<String, Object> payload = (Map<String, Object>) dispatched.events().get(0).payload();
            assertThat(lead).startsWith((String) payload.get("Id"));
            assertThat(payload).containsKeys("Id", "Name", "LastModifiedById", "LastModifiedDate");
            assertThat(service.calls("handleSalesforceUpdates")).extracting(call -> call.arguments().get(0))
                    .containsExactly("Lead", "Opportunity", "Opportunity");
            assertThat(service.calls("handleSalesforceUpdates")).allSatisfy(call -> assertThat(call.worker().data())
                    .as("context data sent as nameko.* headers").containsKeys("client_id", "replay_id"));
        }
    }
}
