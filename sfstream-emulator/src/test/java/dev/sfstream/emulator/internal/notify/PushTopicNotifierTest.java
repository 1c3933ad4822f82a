package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notification rules observed through real Bayeux subscriptions. Events of one channel arrive in order, so a
 * final change that every topic reports proves that the changes before it were (or were not) reported.
 */
class PushTopicNotifierTest {
    @RegisterExtension
    final EmulatorExtension emulator = new EmulatorExtension();

    private WireClient wire;

    private void topic(String name, String query, String notifyForFields, String... disabledOperations) {
        StringBuilder body = new StringBuilder("{\"Name\": \"" + name + "\", \"Query\": \"" + query
                + "\", \"ApiVersion\": \"37.0\", \"NotifyForFields\": \"" + notifyForFields + "\"");
        for (String operation : disabledOperations) {
            body.append(", \"NotifyForOperation").append(operation).append("\": false");
        }
        assertThat(wire.post("/services/data/v37.0/sobjects/PushTopic/", body + "}").statusCode()).isEqualTo(201);
    }

    private List<String> summary(BayeuxTestClient bayeux, String channel, String field) {
        return bayeux.events(channel).stream().map(e -> ((Map<?, ?>) e.get("event")).get("type") + ":"
                + ((Map<?, ?>) e.get("sobject")).get(field)).toList();
    }

    @Test
    void notifyForFieldsDecidesWhichUpdatesAreReported() throws Exception {
        wire = new WireClient(emulator.baseUrl()).loginDefault();
        String query = "SELECT Id, LastName FROM Contact WHERE Department IN ('Sales', 'Support')";
        for (String mode : List.of("All", "Referenced", "Select", "Where")) {
            topic("Fields" + mode, query, mode);
        }
        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator.baseUrl(), wire.token()).handshake()) {
            for (String mode : List.of("All", "Referenced", "Select", "Where")) {
                assertThat(bayeux.subscribe("/topic/Fields" + mode, -1).isSuccessful()).isTrue();
            }
            String outside = create("Contact", "{\"LastName\": \"Out\", \"Department\": \"Other\"}");
            String id = create("Contact", "{\"LastName\": \"A\", \"Department\": \"Sales\"}");
            update("Contact", outside, "{\"LastName\": \"StillOut\"}");
            update("Contact", id, "{\"Title\": \"unwatched\"}");
            update("Contact", id, "{\"LastName\": \"B\"}");
            update("Contact", id, "{\"Department\": \"Support\"}");
            update("Contact", id, "{\"LastName\": \"Last\", \"Department\": \"Sales\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> List.of("All", "Referenced", "Select", "Where").stream()
                    .allMatch(m -> summary(bayeux, "/topic/Fields" + m, "LastName").contains("updated:Last")));
            assertThat(summary(bayeux, "/topic/FieldsAll", "LastName"))
                    .containsExactly("created:A", "updated:A", "updated:B", "updated:B", "updated:Last");
            assertThat(summary(bayeux, "/topic/FieldsReferenced", "LastName"))
                    .containsExactly("created:A", "updated:B", "updated:B", "updated:Last");
            assertThat(summary(bayeux, "/topic/FieldsSelect", "LastName"))
                    .containsExactly("created:A", "updated:B", "updated:Last");
            assertThat(summary(bayeux, "/topic/FieldsWhere", "LastName"))
                    .containsExactly("created:A", "updated:B", "updated:Last");
        }
    }

    @Test
    void operationFlagsAndDeleteAndUndeleteShapes() throws Exception {
        wire = new WireClient(emulator.baseUrl()).loginDefault();
        String query = "SELECT Id, LastName, Company FROM Lead";
        for (String operation : List.of("Create", "Update", "Delete", "Undelete")) {
            topic("No" + operation, query, "All", operation);
        }
        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator.baseUrl(), wire.token()).handshake()) {
            for (String operation : List.of("Create", "Update", "Delete", "Undelete")) {
                assertThat(bayeux.subscribe("/topic/No" + operation, -1).isSuccessful()).isTrue();
            }
            String first = create("Lead", "{\"LastName\": \"One\", \"Company\": \"Acme\"}");
            update("Lead", first, "{\"Company\": \"Acme 2\"}");
            assertThat(wire.delete("/services/data/v37.0/sobjects/Lead/" + first).statusCode()).isEqualTo(204);
            emulator.emulator().undeleteRecord(first);
            String second = create("Lead", "{\"LastName\": \"Two\", \"Company\": \"Beta\"}");
            update("Lead", second, "{\"Company\": \"Beta 2\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> List.of("Create", "Update", "Delete", "Undelete").stream()
                    .allMatch(o -> summary(bayeux, "/topic/No" + o, "LastName").stream().anyMatch(s -> s.endsWith(":Two"))
                            && (o.equals("Update") || summary(bayeux, "/topic/No" + o, "Company").contains("updated:Beta 2"))));
            assertThat(summary(bayeux, "/topic/NoCreate", "LastName"))
                    .containsExactly("updated:One", "deleted:null", "undeleted:One", "updated:Two");
            assertThat(summary(bayeux, "/topic/NoUpdate", "LastName"))
                    .containsExactly("created:One", "deleted:null", "undeleted:One", "created:Two");
            assertThat(summary(bayeux, "/topic/NoDelete", "LastName"))
                    .containsExactly("created:One", "updated:One", "undeleted:One", "created:Two", "updated:Two");
            assertThat(summary(bayeux, "/topic/NoUndelete", "LastName"))
                    .containsExactly("created:One", "updated:One", "deleted:null", "created:Two", "updated:Two");
            Map<String, Object> deleted = bayeux.events("/topic/NoCreate").get(1);
            assertThat(deleted.get("sobject")).isEqualTo(Map.of("Id", first));
            Map<String, Object> undeleted = bayeux.events("/topic/NoCreate").get(2);
            assertThat(undeleted.get("sobject")).isEqualTo(Map.of("Id", first, "LastName", "One", "Company", "Acme 2"));
        }
    }

    @Test
    void lastModifiedByIdIsTheUserWhoMadeTheChange() throws Exception {
        wire = new WireClient(emulator.baseUrl()).loginDefault();
        WireClient other = new WireClient(emulator.baseUrl()).login("other@example.com", "passwordTOKEN2");
        topic("Modified", "SELECT Id, LastModifiedById FROM Account WHERE LastModifiedById != '005xx000001SwiUAAS'",
                "Referenced");
        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator.baseUrl(), wire.token()).handshake()) {
            assertThat(bayeux.subscribe("/topic/Modified", -1).isSuccessful()).isTrue();
            create("Account", "{\"Name\": \"Mine\"}");
            String theirs = (String) other.object(other.post("/services/data/v37.0/sobjects/Account/",
                    "{\"Name\": \"Theirs\"}").body()).get("id");

            await().atMost(Duration.ofSeconds(10)).until(() -> bayeux.events("/topic/Modified").size() == 1);
            assertThat(bayeux.events("/topic/Modified").get(0).get("sobject"))
                    .isEqualTo(Map.of("Id", theirs, "LastModifiedById", "005xx000001SwjAAAS"));
        }
    }

    private String create(String type, String json) {
        return (String) wire.object(wire.post("/services/data/v37.0/sobjects/" + type + "/", json).body()).get("id");
    }

    private void update(String type, String id, String json) {
        assertThat(wire.patch("/services/data/v37.0/sobjects/" + type + "/" + id, json).statusCode()).isEqualTo(204);
    }
}
