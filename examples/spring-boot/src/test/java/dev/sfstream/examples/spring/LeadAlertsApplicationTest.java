package dev.sfstream.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.spring.boot.test.SfstreamEmulatorTest;
import dev.sfstream.testkit.UserSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** The example application as it is, against an emulator: another user's new Lead raises one alert. */
@SpringBootTest(properties = "sfstream.salesforce.auth=soap")
@SfstreamEmulatorTest
class LeadAlertsApplicationTest {
    @Autowired
    Emulator emulator;
    @Autowired
    AlertBoard board;
    @Autowired
    HealthEndpoint health;

    @Test
    void aLeadCreatedByAnotherUserRaisesAnAlert() {
        assertThat(health.healthForPath("sfstream", "lead-alerts").getStatus()).isEqualTo(Status.UP);
        try (UserSession other = UserSession.otherUser(emulator)) {
            other.api().create("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> board.alerts().size() == 1);
        AlertBoard.Alert alert = board.alerts().get(0);
        assertThat(alert.text()).isEqualTo("Lead created: Doe");
        assertThat(alert.recordId()).startsWith("00Q");
        assertThat(alert.raisedBy()).isNotBlank();
    }
}
