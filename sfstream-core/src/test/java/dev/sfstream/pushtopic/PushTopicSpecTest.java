package dev.sfstream.pushtopic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.NotifyForFields;
import org.junit.jupiter.api.Test;

class PushTopicSpecTest {
    @Test
    void defaultsAreTheOriginals() {
        PushTopicSpec spec = PushTopicSpec.of("ContactUpdates", "SELECT Id, Name FROM Contact");
        assertThat(spec.notifyFor()).isEqualTo(new NotifyFor(NotifyForFields.ALL, true, true, true, true));
        assertThat(spec.channel()).isEqualTo("/topic/ContactUpdates");
    }

    @Test
    void aNameOver25CharactersIsRefusedWithTheNameAndTheLimit() {
        assertThat(PushTopicSpec.of("A".repeat(25), "SELECT Id FROM Contact").name()).hasSize(25);
        assertThatThrownBy(() -> PushTopicSpec.of("OpportunityLineItemWholesale", "SELECT Id FROM Contact"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PushTopic name 'OpportunityLineItemWholesale' is 28 characters long; Salesforce allows "
                        + "at most 25 (give a shorter name explicitly)");
    }

    @Test
    void aQueryOver1300CharactersIsRefusedWithItsLengthAndTheLimit() {
        String where = " WHERE Email = '" + "x".repeat(1300) + "'";
        assertThatThrownBy(() -> PushTopicSpec.of("Long", "SELECT Id FROM Contact" + where))
                .hasMessageStartingWith("PushTopic query is 1339 characters long; Salesforce allows at most 1300: "
                        + "SELECT Id FROM Contact WHERE");
    }

    @Test
    void aQueryThatDoesNotSelectIdIsRefused() {
        assertThatThrownBy(() -> PushTopicSpec.of("Names", "SELECT Name, LastModifiedById FROM Contact"))
                .hasMessage("PushTopic query 'SELECT Name, LastModifiedById FROM Contact' does not select Id; "
                        + "Salesforce requires PushTopic queries to select Id");
        assertThat(PushTopicSpec.of("Ids", "select name,  id  from Contact").query()).contains("id");
    }

    @Test
    void emptyOrChannelBreakingNamesAndNonQueriesAreRefused() {
        assertThatThrownBy(() -> PushTopicSpec.of(" ", "SELECT Id FROM Contact"))
                .hasMessage("PushTopic name must not be empty");
        assertThatThrownBy(() -> PushTopicSpec.of("a/b", "SELECT Id FROM Contact"))
                .hasMessageContaining("PushTopic name 'a/b' must not contain");
        assertThatThrownBy(() -> PushTopicSpec.of("Q", "Id FROM Contact"))
                .hasMessage("PushTopic query 'Id FROM Contact' is not of the form SELECT <fields> FROM <sObject> ...");
    }
}
