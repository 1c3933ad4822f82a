package dev.sfstream.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SObjectResourceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();

    private String createContact(String lastName) {
        HttpResponse<String> created = wire.post("/services/data/v37.0/sobjects/Contact/",
                "{\"LastName\": \"" + lastName + "\", \"Email\": \"r@b.c\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return (String) wire.object(created.body()).get("id");
    }

    @Test
    void createAnswersWithTheSaveResultAndAnEighteenCharacterContactId() {
        HttpResponse<String> created = wire.post("/services/data/v37.0/sobjects/Contact/",
                "{\"LastName\": \"Balboa\", \"Email\": \"r@b.c\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).matches("\\{\"id\":\"003[0-9A-Za-z]{15}\",\"success\":true,\"errors\":\\[]}");
        assertThat(created.headers().firstValue("Sforce-Limit-Info").orElseThrow()).matches("api-usage=\\d+/15000");
    }

    @Test
    void getReturnsAttributesAndEveryFieldWithNulls() {
        String id = createContact("Balboa");

        HttpResponse<String> response = wire.get("/services/data/v37.0/sobjects/Contact/" + id);

        Map<String, Object> body = wire.object(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("attributes")).isEqualTo(Map.of("type", "Contact",
                "url", "/services/data/v37.0/sobjects/Contact/" + id));
        assertThat(body).containsEntry("Id", id).containsEntry("LastName", "Balboa").containsEntry("Name", "Balboa")
                .containsEntry("FirstName", null).containsEntry("LastModifiedById", "005xx000001SwiUAAS");
        assertThat((String) body.get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
    }

    @Test
    void getAcceptsTheFifteenCharacterIdAndAFieldList() {
        String id = createContact("Creed");

        HttpResponse<String> response = wire.get("/services/data/v37.0/sobjects/Contact/" + id.substring(0, 15)
                + "?fields=LastName,Email");

        assertThat(wire.object(response.body()).keySet()).containsExactly("attributes", "LastName", "Email");
    }

    @Test
    void patchAndHttpMethodOverrideUpdateWith204() {
        String id = createContact("Drago");

        HttpResponse<String> patched = wire.patch("/services/data/v37.0/sobjects/Contact/" + id, "{\"FirstName\": \"Ivan\"}");
        HttpResponse<String> overridden = wire.post("/services/data/v37.0/sobjects/Contact/" + id + "?_HttpMethod=PATCH",
                "{\"Title\": \"Boxer\"}");

        assertThat(patched.statusCode()).isEqualTo(204);
        assertThat(patched.body()).isEmpty();
        assertThat(overridden.statusCode()).isEqualTo(204);
        assertThat(EMULATOR.emulator().record(id).orElseThrow()).containsEntry("Name", "Ivan Drago")
                .containsEntry("Title", "Boxer");
    }

    @Test
    void deleteThenDeleteAgainGivesEntityIsDeleted() {
        String id = createContact("Lang");

        assertThat(wire.delete("/services/data/v37.0/sobjects/Contact/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> again = wire.delete("/services/data/v37.0/sobjects/Contact/" + id);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).isEqualTo("[{\"message\":\"entity is deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]");
    }

    @Test
    void missingRecordIsNotFound() {
        HttpResponse<String> response = wire.get("/services/data/v37.0/sobjects/Contact/003000000000000AAA");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("[{\"message\":\"Provided external ID field does not exist or is not"
                + " accessible: 003000000000000AAA\",\"errorCode\":\"NOT_FOUND\"}]");
    }

    @Test
    void unknownSObjectTypeIsNotFound() {
        HttpResponse<String> response = wire.post("/services/data/v37.0/sobjects/Bogus/", "{\"Name\": \"x\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
    }

    @Test
    void customObjectsAndFieldsNeedNoDeclaration() {
        HttpResponse<String> created = wire.post("/services/data/v37.0/sobjects/Invoice__c/",
                "{\"Name\": \"INV-1\", \"Status__c\": \"Open\"}");

        String id = (String) wire.object(created.body()).get("id");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(id).startsWith("a0");
        assertThat(wire.object(wire.get("/services/data/v37.0/sobjects/Invoice__c/" + id).body()))
                .containsEntry("Status__c", "Open");
    }

    @Test
    void unknownFieldIsInvalidField() {
        HttpResponse<String> response = wire.post("/services/data/v37.0/sobjects/Contact/",
                "{\"LastName\": \"x\", \"Foo\": 1}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("[{\"message\":\"No such column 'Foo' on sobject of type Contact\","
                + "\"errorCode\":\"INVALID_FIELD\",\"fields\":[]}]");
    }

    @Test
    void missingRequiredFieldIsReported() {
        HttpResponse<String> response = wire.post("/services/data/v37.0/sobjects/Contact/", "{\"FirstName\": \"x\"}");

        assertThat(response.body()).isEqualTo("[{\"message\":\"Required fields are missing: [LastName]\","
                + "\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"LastName\"]}]");
    }

    @Test
    void malformedJsonIsAParserErrorAndTheEmulatorKeepsServing() {
        HttpResponse<String> response = wire.post("/services/data/v37.0/sobjects/Contact/", "{\"LastName\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(wire.array(response.body())).hasSize(1);
        assertThat(response.body()).contains("\"errorCode\":\"JSON_PARSER_ERROR\"");
        assertThat(createContact("Still")).startsWith("003");
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        HttpResponse<String> response = wire.send("PUT", "/services/data/v37.0/sobjects/Contact/", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).isEqualTo("[{\"message\":\"HTTP Method 'PUT' not allowed. Allowed are"
                + " GET,HEAD,POST\",\"errorCode\":\"METHOD_NOT_ALLOWED\"}]");
    }

    @Test
    void missingOrUnknownTokenIsInvalidSessionId() {
        WireClient anonymous = new WireClient(EMULATOR.baseUrl());

        HttpResponse<String> response = anonymous.get("/services/data/v37.0/sobjects/Contact/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
    }

    @Test
    void upsertByExternalIdCreatesThenUpdates() {
        HttpResponse<String> created = wire.patch("/services/data/v52.0/sobjects/Account/AccountNumber/ACC-7",
                "{\"Name\": \"Acme\"}");
        HttpResponse<String> updated = wire.patch("/services/data/v52.0/sobjects/Account/AccountNumber/ACC-7",
                "{\"Name\": \"Acme 2\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(wire.object(created.body())).containsEntry("created", true).containsEntry("success", true);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(wire.object(updated.body())).containsEntry("created", false);
    }

    @Test
    void describeListsFieldNamesSoClientsCanTellWhetherNameExists() {
        HttpResponse<String> contact = wire.get("/services/data/v37.0/sobjects/Contact/describe/");
        HttpResponse<String> task = wire.get("/services/data/v37.0/sobjects/Task/describe");

        HttpResponse<String> global = wire.get("/services/data/v37.0/sobjects/");

        assertThat(global.body()).contains("\"name\":\"Contact\",\"label\":\"Contact\",\"keyPrefix\":\"003\"");
        assertThat(contact.body()).contains("{\"name\":\"Name\",");
        assertThat(task.statusCode()).isEqualTo(200);
        assertThat(task.body()).doesNotContain("{\"name\":\"Name\",");
    }

    @Test
    void versionsAndResourcesAreListed() {
        HttpResponse<String> versions = new WireClient(EMULATOR.baseUrl()).get("/services/data/");
        HttpResponse<String> resources = wire.get("/services/data/v37.0/");

        assertThat(versions.body()).contains("{\"label\":\"Winter '16\",\"url\":\"/services/data/v35.0\",\"version\":\"35.0\"}");
        assertThat(wire.object(resources.body())).containsEntry("query", "/services/data/v37.0/query");
    }

    @Test
    void limitsHaveMaxAndRemaining() {
        HttpResponse<String> response = wire.get("/services/data/v37.0/limits/");

        assertThat(wire.object(response.body()).get("DailyStreamingApiEvents"))
                .isEqualTo(Map.of("Max", 10000, "Remaining", 10000));
    }
}
