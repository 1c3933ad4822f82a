package dev.sfstream.pushtopic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.rest.EmulatorFaults;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.SalesforceErrorKind;
import dev.sfstream.rest.SalesforceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PushTopicDeclarerTest {
    private static final String QUERY = "SELECT Id, Name FROM Contact";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private Emulator emulator;
    private SalesforceLogin login;
    private SalesforceApi api;
    private PushTopicDeclarer declarer;

    @BeforeEach
    void connect() {
        emulator = emulatorExtension.emulator();
        login = new SalesforceLogin(EmulatorLogins.password(emulator));
        api = SalesforceApi.connect(login, RestSettings.defaults("37.0"));
        declarer = new PushTopicDeclarer(api);
        login.current();
        emulator.clearRequests();
    }

    @AfterEach
    void close() {
        api.close();
        login.close();
    }

    @Test
    void findReturnsNothingForAMissingTopicAndLooksItUpByName() {
        assertThat(declarer.find("ContactUpdates")).isEmpty();
        RecordedRequest lookup = dataRequests().get(0);
        assertThat(lookup.method()).isEqualTo("GET");
        assertThat(lookup.path()).isEqualTo("/services/data/v37.0/query/");
        assertThat(java.net.URLDecoder.decode(lookup.query(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("FROM PushTopic WHERE Name = 'ContactUpdates'");
    }

    @Test
    void createsAMissingTopicWithExactlyTheOriginalsEightFields() throws Exception {
        Declaration declaration = declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));

        assertThat(declaration.action()).isEqualTo(Declaration.Action.CREATED);
        assertThat(declaration.id()).startsWith("0IF");
        List<RecordedRequest> requests = dataRequests();
        assertThat(requests).extracting(RecordedRequest::method).containsExactly("GET", "POST");
        assertThat(requests.get(1).path()).isEqualTo("/services/data/v37.0/sobjects/PushTopic/");
        Map<String, Object> body = bodyOf(requests.get(1).body());
        assertThat(body).containsOnlyKeys("Name", "Query", "ApiVersion", "NotifyForOperationCreate",
                "NotifyForOperationUpdate", "NotifyForOperationDelete", "NotifyForOperationUndelete", "NotifyForFields");
        assertThat(body).containsEntry("Name", "ContactUpdates").containsEntry("Query", QUERY)
                .containsEntry("ApiVersion", "37.0").containsEntry("NotifyForFields", "All")
                .containsEntry("NotifyForOperationCreate", true);
        assertThat(declarer.find("ContactUpdates")).hasValueSatisfying(topic -> {
            assertThat(topic.query()).isEqualTo(QUERY);
            assertThat(topic.apiVersion()).isEqualTo(37.0);
            assertThat(topic.active()).isTrue();
        });
    }

    @Test
    void leavesAnIdenticalTopicAlone() {
        declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));
        emulator.clearRequests();

        Declaration again = declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));

        assertThat(again.action()).isEqualTo(Declaration.Action.UNCHANGED);
        assertThat(dataRequests()).extracting(RecordedRequest::method).containsExactly("GET");
    }

    @Test
    void updatesATopicWhoseQueryDiffers() throws Exception {
        String id = declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY)).id();
        emulator.clearRequests();

        Declaration updated = declarer.declare(PushTopicSpec.of("ContactUpdates", "SELECT Id, Email FROM Contact"));

        assertThat(updated.action()).isEqualTo(Declaration.Action.UPDATED);
        assertThat(updated.id()).isEqualTo(id);
        RecordedRequest patch = dataRequests().get(1);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.path()).isEqualTo("/services/data/v37.0/sobjects/PushTopic/" + id);
        assertThat(bodyOf(patch.body())).hasSize(8)
                .containsEntry("Name", "ContactUpdates").containsEntry("Query", "SELECT Id, Email FROM Contact");
        assertThat(declarer.find("ContactUpdates").orElseThrow().query()).isEqualTo("SELECT Id, Email FROM Contact");
    }

    @ParameterizedTest
    @EnumSource(NotifyForFields.class)
    void sendsAndComparesNotifyForFields(NotifyForFields fields) throws Exception {
        declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));
        PushTopicSpec spec = new PushTopicSpec("ContactUpdates", QUERY, new NotifyFor(fields, true, true, true, true));

        Declaration declaration = declarer.declare(spec);

        assertThat(declaration.action()).isEqualTo(fields == NotifyForFields.ALL ? Declaration.Action.UNCHANGED
                : Declaration.Action.UPDATED);
        assertThat(declarer.find("ContactUpdates").orElseThrow().notifyForFields()).isEqualTo(fields.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotifyForOperationCreate", "NotifyForOperationUpdate", "NotifyForOperationDelete",
        "NotifyForOperationUndelete"})
    void sendsEachOperationFlagAndUpdatesWhenOneDiffers(String flag) throws Exception {
        declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));
        PushTopicSpec spec = new PushTopicSpec("ContactUpdates", QUERY, new NotifyFor(NotifyForFields.ALL,
                !flag.endsWith("Create"), !flag.endsWith("Update"), !flag.endsWith("Delete"),
                !flag.endsWith("Undelete")));
        emulator.clearRequests();

        assertThat(declarer.declare(spec).action()).isEqualTo(Declaration.Action.UPDATED);

        Map<String, Object> body = bodyOf(dataRequests().get(1).body());
        assertThat(body.get(flag)).isEqualTo(false);
        assertThat(body.values().stream().filter(Boolean.FALSE::equals)).hasSize(1);
    }

    @Test
    void aCreateThatLosesARaceReadsTheTopicAgainAndUpdatesIt() {
        declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));
        emulator.clearRequests();
        // another instance created the topic just after this one looked: its lookup still finds nothing
        EmulatorFaults.inject(emulator, "{\"path\": \"/services/data/v37.0/query\", \"status\": 200, \"times\": 1, "
                + "\"body\": \"{\\\"totalSize\\\": 0, \\\"done\\\": true, \\\"records\\\": []}\"}");

        Declaration declaration = declarer.declare(PushTopicSpec.of("ContactUpdates", "SELECT Id, Email FROM Contact"));

        assertThat(declaration.action()).isEqualTo(Declaration.Action.UPDATED);
        assertThat(dataRequests()).extracting(RecordedRequest::method).containsExactly("GET", "POST", "GET", "PATCH");
        assertThat(declarer.find("ContactUpdates").orElseThrow().query()).isEqualTo("SELECT Id, Email FROM Contact");
    }

    @Test
    void aQuerySalesforceRejectsSurfacesItsErrorCode() {
        assertThatThrownBy(() -> declarer.declare(PushTopicSpec.of("Limited", "SELECT Id FROM Contact LIMIT 10")))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.MALFORMED_REQUEST);
                    assertThat(e.errorCode()).isEqualTo("INVALID_FIELD");
                    assertThat(e.salesforceMessage()).isEqualTo("'LIMIT' is not allowed");
                });
    }

    @Test
    void deactivatesAndDeletesByName() {
        declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY));

        assertThat(declarer.deactivate("ContactUpdates")).isTrue();
        assertThat(declarer.find("ContactUpdates").orElseThrow().active()).isFalse();
        assertThat(declarer.declare(PushTopicSpec.of("ContactUpdates", QUERY)).active()).isFalse();

        assertThat(declarer.delete("ContactUpdates")).isTrue();
        assertThat(declarer.find("ContactUpdates")).isEmpty();
        assertThat(declarer.delete("ContactUpdates")).isFalse();
        assertThat(declarer.deactivate("ContactUpdates")).isFalse();
    }

    private static Map<String, Object> bodyOf(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    private List<RecordedRequest> dataRequests() {
        return emulator.requests().stream().filter(r -> r.path().startsWith("/services/data/")).toList();
    }
}
