package dev.sfstream.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Managed event subscriptions through the Tooling API, as Salesforce's quick start creates them. */
class ToolingResourceTest {
    private static final String PATH = "/services/data/v61.0/tooling/sobjects/ManagedEventSubscription";

    @RegisterExtension
    final EmulatorExtension emulator = new EmulatorExtension();

    private WireClient wire;

    @BeforeEach
    void logIn() {
        wire = new WireClient(emulator.baseUrl()).loginDefault();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSubscriptionIsCreatedReadUpdatedAndDeleted() {
        HttpResponse<String> created = wire.post(PATH, "{\"FullName\": \"My_Managed_Subscription\", \"Metadata\":"
                + " {\"label\": \"My Managed Subscription\", \"topicName\": \"/event/Order_Event__e\","
                + " \"defaultReplay\": \"EARLIEST\", \"errorRecoveryReplay\": \"LATEST\", \"state\": \"RUN\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = (String) wire.object(created.body()).get("id");
        assertThat(id).startsWith("18x").hasSize(18);

        Map<String, Object> record = wire.object(wire.get(PATH + "/" + id).body());
        assertThat(record).containsEntry("DeveloperName", "My_Managed_Subscription").containsEntry("Id", id);
        assertThat((Map<String, Object>) record.get("Metadata")).containsEntry("topicName", "/event/Order_Event__e")
                .containsEntry("defaultReplay", "EARLIEST").containsEntry("state", "RUN");

        assertThat(wire.patch(PATH + "/" + id, "{\"Metadata\": {\"state\": \"STOP\"}}").statusCode()).isEqualTo(204);
        assertThat(((Map<String, Object>) wire.object(wire.get(PATH + "/" + id.substring(0, 15)).body()).get("Metadata")))
                .containsEntry("state", "STOP").containsEntry("defaultReplay", "EARLIEST");

        assertThat(wire.delete(PATH + "/" + id).statusCode()).isEqualTo(204);
        assertThat(wire.get(PATH + "/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void badRequestsNameWhatIsWrong() {
        emulator.emulator().declareManagedSubscription(ManagedSubscription.of("Taken", "/event/Order__e"));

        HttpResponse<String> duplicate = wire.post(PATH, "{\"FullName\": \"Taken\", \"Metadata\":"
                + " {\"topicName\": \"/event/Order__e\"}}");
        HttpResponse<String> noTopic = wire.post(PATH, "{\"FullName\": \"Other\", \"Metadata\": {}}");
        HttpResponse<String> badReplay = wire.post(PATH, "{\"FullName\": \"Other\", \"Metadata\":"
                + " {\"topicName\": \"/event/Order__e\", \"defaultReplay\": \"NEWEST\"}}");
        HttpResponse<String> oldVersion = wire.post(PATH.replace("v61.0", "v59.0"), "{\"FullName\": \"Old\","
                + " \"Metadata\": {\"topicName\": \"/event/Order__e\"}}");

        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("DUPLICATE_DEVELOPER_NAME");
        assertThat(noTopic.body()).contains("REQUIRED_FIELD_MISSING", "topicName");
        assertThat(badReplay.body()).contains("FIELD_INTEGRITY_EXCEPTION", "defaultReplay", "NEWEST");
        assertThat(oldVersion.statusCode()).isEqualTo(404);
    }
}
