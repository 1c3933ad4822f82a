package dev.sfstream.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@SuppressWarnings("unchecked")
class CompositeResourceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private final WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();

    @Test
    void compositeResolvesReferencesToEarlierResults() {
        HttpResponse<String> response = wire.post("/services/data/v52.0/composite", "{\"allOrNone\": false,"
                + " \"compositeRequest\": [{\"method\": \"POST\", \"url\": \"/services/data/v52.0/sobjects/Account\","
                + " \"referenceId\": \"refAccount\", \"body\": {\"Name\": \"X\"}}, {\"method\": \"POST\","
                + " \"url\": \"/services/data/v52.0/sobjects/Contact\", \"referenceId\": \"refContact\","
                + " \"body\": {\"LastName\": \"Y\", \"AccountId\": \"@{refAccount.id}\"}}]}");

        List<Object> results = (List<Object>) wire.object(response.body()).get("compositeResponse");
        Map<String, Object> account = (Map<String, Object>) results.get(0);
        Map<String, Object> contact = (Map<String, Object>) results.get(1);
        String accountId = (String) ((Map<String, Object>) account.get("body")).get("id");
        String contactId = (String) ((Map<String, Object>) contact.get("body")).get("id");
        assertThat(account).containsEntry("httpStatusCode", 201).containsEntry("referenceId", "refAccount");
        assertThat(account.get("httpHeaders")).isEqualTo(Map.of("Location", "/services/data/v52.0/sobjects/Account/" + accountId));
        assertThat(EMULATOR.emulator().record(contactId).orElseThrow()).containsEntry("AccountId", accountId);
    }

    @Test
    void allOrNoneHaltsTheSubrequestsAfterAFailure() {
        HttpResponse<String> response = wire.post("/services/data/v52.0/composite", "{\"allOrNone\": true,"
                + " \"compositeRequest\": [{\"method\": \"POST\", \"url\": \"/services/data/v52.0/sobjects/Contact\","
                + " \"referenceId\": \"bad\", \"body\": {\"FirstName\": \"no last name\"}}, {\"method\": \"GET\","
                + " \"url\": \"/services/data/v52.0/limits\", \"referenceId\": \"after\"}]}");

        List<Object> results = (List<Object>) wire.object(response.body()).get("compositeResponse");
        assertThat((Map<String, Object>) results.get(0)).containsEntry("httpStatusCode", 400);
        assertThat(((Map<String, Object>) results.get(1)).get("body")).isEqualTo(List.of(Map.of(
                "errorCode", "PROCESSING_HALTED", "fields", List.of(),
                "message", "The transaction was rolled back since another operation in the same transaction failed.")));
    }

    @Test
    void sobjectCollectionsReportEachRecordWithStatusCode() {
        HttpResponse<String> response = wire.post("/services/data/v52.0/composite/sobjects", "{\"allOrNone\": false,"
                + " \"records\": [{\"attributes\": {\"type\": \"Account\"}, \"Name\": \"A\"},"
                + " {\"attributes\": {\"type\": \"Account\"}}]}");

        List<Object> results = wire.array(response.body());
        assertThat((Map<String, Object>) results.get(0)).containsEntry("success", true);
        assertThat(results.get(1)).isEqualTo(Map.of("success", false, "errors", List.of(Map.of(
                "statusCode", "REQUIRED_FIELD_MISSING", "message", "Required fields are missing: [Name]",
                "fields", List.of("Name")))));
    }

    @Test
    void allOrNoneRollsBackTheSubrequestsThatAlreadyRan() {
        int accounts = EMULATOR.emulator().records("Account").size();
        int cdcEvents = ((StreamingEndpoint) EMULATOR.emulator().streaming()).retainedCount("/data/AccountChangeEvent");

        HttpResponse<String> response = wire.post("/services/data/v52.0/composite", "{\"allOrNone\": true,"
                + " \"compositeRequest\": [{\"method\": \"POST\", \"url\": \"/services/data/v52.0/sobjects/Account\","
                + " \"referenceId\": \"refAccount\", \"body\": {\"Name\": \"rolled back\"}}, {\"method\": \"POST\","
                + " \"url\": \"/services/data/v52.0/sobjects/Contact\", \"referenceId\": \"bad\","
                + " \"body\": {\"FirstName\": \"no last name\", \"AccountId\": \"@{refAccount.id}\"}}]}");

        List<Object> results = (List<Object>) wire.object(response.body()).get("compositeResponse");
        assertThat(results.get(0)).isEqualTo(Map.of("httpStatusCode", 400, "referenceId", "refAccount",
                "httpHeaders", Map.of(), "body", List.of(Map.of("errorCode", "PROCESSING_HALTED", "fields", List.of(),
                        "message", "The transaction was rolled back since another operation in the same transaction"
                                + " failed."))));
        assertThat((Map<String, Object>) results.get(1)).containsEntry("httpStatusCode", 400);
        assertThat(EMULATOR.emulator().records("Account")).hasSize(accounts);
        assertThat(((StreamingEndpoint) EMULATOR.emulator().streaming()).retainedCount("/data/AccountChangeEvent"))
                .isEqualTo(cdcEvents);
    }

    @Test
    void anAllOrNoneCompositeRollsBackWhenACollectionRecordFails() {
        int accounts = EMULATOR.emulator().records("Account").size();

        HttpResponse<String> response = wire.post("/services/data/v52.0/composite", "{\"allOrNone\": true,"
                + " \"compositeRequest\": [{\"method\": \"POST\", \"url\": \"/services/data/v52.0/sobjects/Account\","
                + " \"referenceId\": \"single\", \"body\": {\"Name\": \"single\"}}, {\"method\": \"POST\","
                + " \"url\": \"/services/data/v52.0/composite/sobjects\", \"referenceId\": \"many\","
                + " \"body\": {\"records\": [{\"attributes\": {\"type\": \"Account\"}, \"Name\": \"ok\"},"
                + " {\"attributes\": {\"type\": \"Account\"}}]}}]}");

        List<Object> results = (List<Object>) wire.object(response.body()).get("compositeResponse");
        assertThat((Map<String, Object>) results.get(0)).containsEntry("httpStatusCode", 400);
        Map<String, Object> many = (Map<String, Object>) results.get(1);
        assertThat(many).containsEntry("httpStatusCode", 200);
        assertThat(((List<Map<String, Object>>) many.get("body")).get(0)).containsEntry("success", false)
                .containsEntry("errors", List.of(Map.of("statusCode", "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                        "message", "Record rolled back because not all records were valid and the request was using"
                                + " AllOrNone header", "fields", List.of())));
        assertThat(EMULATOR.emulator().records("Account")).hasSize(accounts);
    }
}
