package dev.sfstream.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SObjectCollectionsTest {
    private static final String COLLECTIONS = "/services/data/v52.0/composite/sobjects";
    private static final Map<String, Object> ROLLED_BACK = Map.of("statusCode", "ALL_OR_NONE_OPERATION_ROLLED_BACK",
            "message", "Record rolled back because not all records were valid and the request was using AllOrNone"
                    + " header", "fields", List.of());

    @RegisterExtension
    final EmulatorExtension extension = new EmulatorExtension();

    private WireClient wire() {
        return new WireClient(extension.baseUrl()).loginDefault();
    }

    @Test
    void deleteReportsEachIdAndKeepsTheSuccessesWhenNotAllOrNone() {
        Emulator emulator = extension.emulator();
        String first = emulator.createRecord("Account", Map.of("Name", "A"));
        String second = emulator.createRecord("Contact", Map.of("LastName", "B"));
        String gone = emulator.createRecord("Account", Map.of("Name", "gone"));
        emulator.deleteRecord("Account", gone);

        HttpResponse<String> response = wire().delete(COLLECTIONS + "?ids=" + first + "," + second + "," + gone
                + ",bogus&allOrNone=false");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(wire().array(response.body())).containsExactly(
                Map.of("id", first, "success", true, "errors", List.of()),
                Map.of("id", second, "success", true, "errors", List.of()),
                Map.of("id", gone, "success", false, "errors", List.of(Map.of("statusCode", "ENTITY_IS_DELETED",
                        "message", "entity is deleted", "fields", List.of()))),
                Map.of("id", "bogus", "success", false, "errors", List.of(Map.of("statusCode", "MALFORMED_ID",
                        "message", "malformed id bogus", "fields", List.of()))));
        assertThat(emulator.record(first).orElseThrow()).containsEntry("IsDeleted", true);
        assertThat(emulator.record(second).orElseThrow()).containsEntry("IsDeleted", true);
    }

    @Test
    void deleteWithAllOrNoneRollsEverythingBackWhenOneIdFails() {
        Emulator emulator = extension.emulator();
        String live = emulator.createRecord("Account", Map.of("Name", "stays"));
        String gone = emulator.createRecord("Account", Map.of("Name", "gone"));
        emulator.deleteRecord("Account", gone);
        int cdcEvents = retained(emulator, "/data/AccountChangeEvent");

        HttpResponse<String> response = wire().delete(COLLECTIONS + "?ids=" + live + "," + gone + "&allOrNone=true");

        assertThat(wire().array(response.body())).containsExactly(
                Map.of("id", live, "success", false, "errors", List.of(ROLLED_BACK)),
                Map.of("id", gone, "success", false, "errors", List.of(Map.of("statusCode", "ENTITY_IS_DELETED",
                        "message", "entity is deleted", "fields", List.of()))));
        assertThat(emulator.record(live).orElseThrow()).containsEntry("IsDeleted", false);
        assertThat(retained(emulator, "/data/AccountChangeEvent")).isEqualTo(cdcEvents);
    }

    @Test
    void deleteWithAllOrNoneCommitsWhenEveryIdSucceeds() {
        Emulator emulator = extension.emulator();
        String a = emulator.createRecord("Account", Map.of("Name", "a"));
        String b = emulator.createRecord("Account", Map.of("Name", "b"));

        HttpResponse<String> response = wire().delete(COLLECTIONS + "?ids=" + a + "," + b + "&allOrNone=true");

        assertThat(wire().array(response.body())).containsExactly(
                Map.of("id", a, "success", true, "errors", List.of()),
                Map.of("id", b, "success", true, "errors", List.of()));
        assertThat(emulator.records("Account")).noneMatch(r -> r.get("Id").equals(a) || r.get("Id").equals(b));
    }

    @Test
    void deleteWithoutIdsIsRefused() {
        HttpResponse<String> response = wire().delete(COLLECTIONS);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"errorCode\":\"MISSING_ARGUMENT\"").contains("ids");
    }

    @Test
    void createWithAllOrNoneRollsBackTheValidRecords() {
        Emulator emulator = extension.emulator();
        int accounts = emulator.records("Account").size();

        HttpResponse<String> response = wire().post(COLLECTIONS, "{\"allOrNone\": true, \"records\": ["
                + "{\"attributes\": {\"type\": \"Account\"}, \"Name\": \"valid\"},"
                + " {\"attributes\": {\"type\": \"Account\"}}]}");

        assertThat(wire().array(response.body())).containsExactly(
                Map.of("success", false, "errors", List.of(ROLLED_BACK)),
                Map.of("success", false, "errors", List.of(Map.of("statusCode", "REQUIRED_FIELD_MISSING",
                        "message", "Required fields are missing: [Name]", "fields", List.of("Name")))));
        assertThat(emulator.records("Account")).hasSize(accounts);
    }

    private static int retained(Emulator emulator, String channel) {
        return ((StreamingEndpoint) emulator.streaming()).retainedCount(channel);
    }
}
