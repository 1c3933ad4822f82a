package dev.sfstream.emulator.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueryResourceTest {
    @RegisterExtension
    static final EmulatorExtension emulator = new EmulatorExtension(builder -> builder.queryBatchSize(2));

    private WireClient wire() {
        return new WireClient(emulator.baseUrl()).loginDefault();
    }

    private HttpResponse<String> query(WireClient wire, String soql) {
        return wire.get("/services/data/v37.0/query/?q=" + WireClient.enc(soql));
    }

    @Test
    void pagesWithNextRecordsUrl() {
        WireClient wire = wire();
        for (String name : List.of("A", "B", "C", "D", "E")) {
            emulator.emulator().createRecord("Account", Map.of("Name", name));
        }

        Map<String, Object> first = wire.object(query(wire, "SELECT Id, Name FROM Account").body());
        String next = (String) first.get("nextRecordsUrl");
        Map<String, Object> second = wire.object(wire.get(next).body());
        Map<String, Object> third = wire.object(wire.get((String) second.get("nextRecordsUrl")).body());

        assertThat(first).containsEntry("totalSize", 5).containsEntry("done", false);
        assertThat(next).matches("/services/data/v37\\.0/query/01g[0-9A-Za-z]{15}-2");
        assertThat((List<?>) second.get("records")).hasSize(2);
        assertThat(third).containsEntry("done", true).doesNotContainKey("nextRecordsUrl");
        assertThat((List<?>) third.get("records")).singleElement()
                .satisfies(r -> assertThat(((Map<?, ?>) r).get("Name")).isEqualTo("E"));
    }

    @Test
    void emptyResultAndCount() {
        WireClient wire = wire();

        HttpResponse<String> empty = query(wire, "SELECT Id, Name, Query FROM PushTopic WHERE Name = 'ContactUpdates'");
        HttpResponse<String> count = query(wire, "SELECT COUNT() FROM User");

        assertThat(empty.body()).isEqualTo("{\"totalSize\":0,\"done\":true,\"records\":[]}");
        assertThat(count.body()).isEqualTo("{\"totalSize\":2,\"done\":true,\"records\":[]}");
    }

    @Test
    void answersTheLookupsNamekoSalesforceMakes() {
        WireClient wire = wire();

        Map<String, Object> user = wire.object(query(wire,
                "SELECT Id FROM User WHERE Username = 'integration@example.com'").body());
        Map<String, Object> recordType = wire.object(query(wire, "SELECT Id, DeveloperName, SobjectType FROM RecordType"
                + " WHERE SobjectType = 'Contact' AND DeveloperName = 'Student'").body());

        assertThat(user.get("records")).isEqualTo(List.of(Map.of("attributes", Map.of("type", "User",
                "url", "/services/data/v37.0/sobjects/User/005xx000001SwiUAAS"), "Id", "005xx000001SwiUAAS")));
        assertThat(recordType).containsEntry("totalSize", 1);
        assertThat(((Map<?, ?>) ((List<?>) recordType.get("records")).get(0)).get("Id").toString()).startsWith("012");
    }

    @Test
    void whereSupportsTheSubset() {
        WireClient wire = wire();
        emulator.emulator().createRecord("Contact", Map.of("LastName", "Smith", "Title", "CEO", "Department", "Sales"));
        emulator.emulator().createRecord("Contact", Map.of("LastName", "Jones", "Title", "CTO"));
        emulator.emulator().createRecord("Contact", Map.of("LastName", "Brown"));

        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE Title IN ('CEO', 'CTO')")).isEqualTo(2);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE Title NOT IN ('CEO')")).isEqualTo(2);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE LastName LIKE 'sm%'")).isEqualTo(1);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE Title != null")).isEqualTo(2);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE (Title = 'CEO' OR Title = 'CTO') AND Department = null"))
                .isEqualTo(1);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE LastName > 'C' LIMIT 1")).isEqualTo(1);
        assertThat(totalSize(wire, "SELECT Id FROM Contact WHERE LastName < 'C'")).isEqualTo(1);
    }

    @Test
    void queryAllIncludesDeletedRecords() {
        WireClient wire = wire();
        String id = emulator.emulator().createRecord("Lead", Map.of("LastName", "Gone", "Company", "X"));
        emulator.emulator().deleteRecord("Lead", id);

        HttpResponse<String> live = query(wire, "SELECT Id FROM Lead");
        HttpResponse<String> all = wire.get("/services/data/v37.0/queryAll/?q=" + WireClient.enc("SELECT Id, IsDeleted FROM Lead"));

        assertThat(wire.object(live.body())).containsEntry("totalSize", 0);
        assertThat(all.body()).contains("\"IsDeleted\":true");
    }

    @Test
    void syntaxErrorsAreMalformedQueryWithACaret() {
        HttpResponse<String> response = query(wire(), "SELECT Id Name From Contact");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("[{\"message\":\"\\nSELECT Id Name From Contact\\n          ^\\nERROR at"
                + " Row:1:Column:11\\nunexpected token: 'Name'\",\"errorCode\":\"MALFORMED_QUERY\",\"fields\":[]}]");
    }

    @Test
    void unknownObjectIsInvalidType() {
        HttpResponse<String> response = query(wire(), "SELECT Id FROM Bogus");

        assertThat(response.body()).isEqualTo("[{\"message\":\"\\nSELECT Id FROM Bogus\\n               ^\\nERROR at"
                + " Row:1:Column:16\\nsObject type 'Bogus' is not supported.\",\"errorCode\":\"INVALID_TYPE\",\"fields\":[]}]");
    }

    @Test
    void unknownFieldIsInvalidField() {
        HttpResponse<String> response = query(wire(), "SELECT Foo FROM Contact");

        assertThat(response.body()).isEqualTo("[{\"message\":\"\\nSELECT Foo FROM Contact\\n       ^\\nERROR at"
                + " Row:1:Column:8\\nNo such column 'Foo' on entity 'Contact'. If you are attempting to use a custom"
                + " field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the"
                + " describe call for the appropriate names.\",\"errorCode\":\"INVALID_FIELD\",\"fields\":[]}]");
    }

    @Test
    void missingQueryStringIsReported() {
        HttpResponse<String> response = wire().get("/services/data/v37.0/query/");

        assertThat(response.body()).isEqualTo("[{\"message\":\"A query string has to be specified\","
                + "\"errorCode\":\"MALFORMED_QUERY\",\"fields\":[]}]");
    }

    private int totalSize(WireClient wire, String soql) {
        HttpResponse<String> response = query(wire, soql);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (Integer) wire.object(response.body()).get("totalSize");
    }
}
