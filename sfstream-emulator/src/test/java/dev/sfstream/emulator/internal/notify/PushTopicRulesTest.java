package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PushTopicRulesTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();

    private HttpResponse<String> create(String name, String query) {
        return wire.post("/services/data/v37.0/sobjects/PushTopic/", "{\"Name\": \"" + name + "\", \"Query\": \""
                + query + "\", \"ApiVersion\": \"37.0\", \"NotifyForOperationCreate\": true,"
                + " \"NotifyForOperationUpdate\": true, \"NotifyForOperationDelete\": true,"
                + " \"NotifyForOperationUndelete\": true, \"NotifyForFields\": \"All\"}");
    }

    private String error(String name, String query) {
        HttpResponse<String> response = create(name, query);
        assertThat(response.statusCode()).isEqualTo(400);
        return response.body();
    }

    @Test
    void theNamekoDeclarationBodyCreatesATopicWithDefaults() {
        HttpResponse<String> created = create("ContactStudent", "SELECT Id, Name, LastModifiedById, LastModifiedDate"
                + " FROM Contact WHERE RecordTypeId = '012xx0000000001AAA' AND LastModifiedById != '005xx000001SwiUAAS'");

        String id = (String) wire.object(created.body()).get("id");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(id).startsWith("0IF");
        Map<String, Object> topic = wire.object(wire.get("/services/data/v37.0/sobjects/PushTopic/" + id).body());
        assertThat(topic).containsEntry("ApiVersion", 37.0).containsEntry("IsActive", true)
                .containsEntry("NotifyForOperations", "All").containsEntry("NotifyForFields", "All");
    }

    @Test
    void nameLongerThan25IsStringTooLong() {
        assertThat(error("NOWELLPOINT_OPPORTUNITY_PUSH_TOPIC", "SELECT Id FROM Opportunity"))
                .isEqualTo("[{\"message\":\"Topic Name: data value too large: NOWELLPOINT_OPPORTUNITY_PUSH_TOPIC"
                        + " (max length=25)\",\"errorCode\":\"STRING_TOO_LONG\",\"fields\":[\"Name\"]}]");
    }

    @Test
    void duplicateNameIsDuplicateValue() {
        String id = (String) wire.object(create("Dup", "SELECT Id FROM Account").body()).get("id");

        assertThat(error("Dup", "SELECT Id FROM Account")).isEqualTo("[{\"message\":\"duplicate value found: Name"
                + " duplicates value on record with id: " + id + "\",\"errorCode\":\"DUPLICATE_VALUE\","
                + "\"fields\":[\"Name\"]}]");
    }

    @Test
    void unsupportedQueriesHaveTheirErrors() {
        assertThat(error("T1", "SELECT Id, Name FROM Contact LIMIT 10"))
                .isEqualTo("[{\"message\":\"'LIMIT' is not allowed\",\"errorCode\":\"INVALID_FIELD\",\"fields\":[]}]");
        assertThat(error("T2", "SELECT Id, AVG(AnnualRevenue) FROM Account")).contains("Aggregate queries are not supported");
        assertThat(error("T3", "SELECT Id, Account.Name FROM Contact")).contains("relationships are not supported");
        assertThat(error("T4", "SELECT Id FROM Contact ORDER BY Name")).contains("'ORDER BY' clause is not allowed");
        assertThat(error("T5", "SELECT Id FROM Contact WHERE NOT Name = 'x'")).contains("'NOT' is not supported");
        assertThat(error("T6", "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)"))
                .contains("semi/anti join sub-selects are not supported");
        assertThat(error("T7", "SELECT Id FROM Contact OFFSET 10")).contains("'OFFSET' clause is not allowed");
        assertThat(error("T8", "SELECT Name FROM Account")).contains("SELECT clause must contain Id");
        assertThat(error("T9", "SELECT Id FROM Account GROUP BY Name")).contains("Aggregate queries are not supported");
        assertThat(error("T10", "SELECT Id FROM Bogus")).contains("\"errorCode\":\"INVALID_TYPE\"");
        assertThat(error("T11", "SELECT Id Name FROM Account")).contains("\"errorCode\":\"MALFORMED_QUERY\"");
        assertThat(create("T12", "SELECT Id FROM Contact WHERE Title NOT IN ('x')").statusCode()).isEqualTo(201);
    }

    @Test
    void queryLongerThan1300IsStringTooLong() {
        String query = "SELECT Id FROM Contact WHERE Title = '" + "x".repeat(1300) + "'";

        assertThat(error("Long", query)).contains("\"errorCode\":\"STRING_TOO_LONG\",\"fields\":[\"Query\"]");
    }

    @Test
    void notifyForOperationsIsReadOnly() {
        HttpResponse<String> response = wire.post("/services/data/v37.0/sobjects/PushTopic/", "{\"Name\": \"Ops\","
                + " \"Query\": \"SELECT Id FROM Account\", \"ApiVersion\": 37.0, \"NotifyForOperations\": \"All\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"errorCode\":\"INVALID_FIELD_FOR_INSERT_UPDATE\"")
                .contains("\"fields\":[\"NotifyForOperations\"]");
    }

    @Test
    void updateWithTheFullBodyIncludingNameIsAccepted() {
        String id = (String) wire.object(create("Again", "SELECT Id FROM Lead").body()).get("id");

        HttpResponse<String> patched = wire.patch("/services/data/v37.0/sobjects/PushTopic/" + id, "{\"Name\": \"Again\","
                + " \"Query\": \"SELECT Id, Name FROM Lead\", \"ApiVersion\": \"37.0\", \"NotifyForOperationCreate\": false,"
                + " \"NotifyForOperationUpdate\": true, \"NotifyForOperationDelete\": true,"
                + " \"NotifyForOperationUndelete\": true, \"NotifyForFields\": \"Referenced\"}");

        assertThat(patched.statusCode()).isEqualTo(204);
        assertThat(EMULATOR.emulator().record(id).orElseThrow()).containsEntry("NotifyForOperations", "Update");
    }
}
