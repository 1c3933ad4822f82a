package dev.sfstream.rest;

import dev.sfstream.connection.internal.JettyNetwork;
import dev.sfstream.connection.EmulatorTrust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import org.eclipse.jetty.client.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceApiTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(builder -> builder.queryBatchSize(2));

    private Emulator emulator;
    private SalesforceLogin login;
    private SalesforceApi api;

    @BeforeEach
    void connect() {
        emulator = emulatorExtension.emulator();
        login = new SalesforceLogin(EmulatorLogins.password(emulator));
        api = SalesforceApi.connect(login, RestSettings.defaults("37.0").withClientName("sfstream-test"));
    }

    @AfterEach
    void close() {
        api.close();
        login.close();
    }

    /** A user class for typed binding. */
    record ContactView(@JsonProperty("Id") String id, @JsonProperty("LastName") String lastName,
                       @JsonProperty("Email") String email) {
    }

    @Test
    void createsReadsUpdatesAndDeletesARecord() {
        SaveResult created = api.create("Contact", Map.of("LastName", "Balboa", "Email", "r@b.example"));
        assertThat(created.success()).isTrue();
        assertThat(created.created()).isTrue();
        assertThat(created.id()).startsWith("003").hasSize(18);

        assertThat(api.get("Contact", created.id())).containsEntry("LastName", "Balboa")
                .containsEntry("Email", "r@b.example");
        assertThat(api.get("Contact", created.id(), "LastName")).containsEntry("LastName", "Balboa")
                .doesNotContainKey("Email");

        api.update("Contact", created.id(), Map.of("Email", "rocky@b.example"));
        ContactView view = api.get("Contact", created.id(), ContactView.class);
        assertThat(view).isEqualTo(new ContactView(created.id(), "Balboa", "rocky@b.example"));

        api.delete("Contact", created.id());
        assertThatThrownBy(() -> api.get("Contact", created.id()))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.NOT_FOUND);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isIn("NOT_FOUND", "ENTITY_IS_DELETED");
                });
    }

    @Test
    void queryPagesLazilyThroughNextRecordsUrl() {
        for (int i = 0; i < 5; i++) {
            emulator.createRecord("Account", Map.of("Name", "Account " + i));
        }
        emulator.clearRequests();

        QueryResults results = api.query("SELECT Id, Name FROM Account");
        assertThat(results.totalSize()).isEqualTo(5);
        assertThat(results.firstPage().records()).hasSize(2);
        assertThat(results.firstPage().done()).isFalse();
        assertThat(dataRequests()).isEqualTo(1);

        assertThat(results.stream().map(r -> r.get("Name")))
                .containsExactly("Account 0", "Account 1", "Account 2", "Account 3", "Account 4");
        assertThat(dataRequests()).isEqualTo(3);
    }

    @Test
    void queryBindsRecordsToUserClasses() {
        emulator.createRecord("Contact", Map.of("LastName", "Creed", "Email", "a@c.example"));
        List<ContactView> contacts = api.query("SELECT Id, LastName, Email FROM Contact").stream(ContactView.class)
                .toList();
        assertThat(contacts).extracting(ContactView::lastName).containsExactly("Creed");
    }

    @Test
    void queryAllAlsoReturnsDeletedRecords() {
        String id = emulator.createRecord("Account", Map.of("Name", "Gone"));
        emulator.deleteRecord("Account", id);
        assertThat(api.query("SELECT Id FROM Account").totalSize()).isZero();
        assertThat(api.queryAll("SELECT Id FROM Account").stream().map(r -> r.get("Id"))).containsExactly(id);
    }

    @Test
    void malformedQueryIsAMalformedRequestWithSalesforcesCode() {
        assertThatThrownBy(() -> api.query("SELECT FROM"))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.MALFORMED_REQUEST);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
                })
                .hasMessageStartingWith("GET /services/data/v37.0/query/ failed: HTTP 400 MALFORMED_QUERY");
    }

    @Test
    void unknownFieldNamesTheField() {
        String id = emulator.createRecord("Contact", Map.of("LastName", "Drago"));
        assertThatThrownBy(() -> api.update("Contact", id, Map.of("Bogus", "x")))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.MALFORMED_REQUEST);
                    assertThat(e.errorCode()).isEqualTo("INVALID_FIELD");
                });
    }

    @Test
    void anAmbiguousExternalIdIsAMultipleChoicesError() {
        emulator.createRecord("Contact", Map.of("LastName", "Twin", "Email", "same@example.com"));
        emulator.createRecord("Contact", Map.of("LastName", "Twin", "Email", "same@example.com"));
        assertThatThrownBy(() -> api.upsert("Contact", "Email", "same@example.com", Map.of("LastName", "Which")))
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SalesforceErrorKind.MULTIPLE_CHOICES);
                    assertThat(e.status()).isEqualTo(300);
                });
    }

    @Test
    void everyRequestCarriesTheConfiguredCallOptions() {
        api.create("Account", Map.of("Name", "Mighty Mick's"));
        api.query("SELECT Id FROM Account");
        assertThat(emulator.requests()).filteredOn(r -> r.path().startsWith("/services/data/")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Sforce-Call-Options")).contains("client=sfstream-test"));
    }

    @Test
    void oneSharedJettyClientServesLoginAndRestAcrossARevocation() throws Exception {
        HttpClient shared = JettyNetwork.configure(new HttpClient(), EmulatorTrust.network(emulator));
        shared.start();
        try (SalesforceLogin sharedLogin = new SalesforceLogin(EmulatorLogins.password(emulator), shared);
             SalesforceApi sharedApi = SalesforceApi.connect(sharedLogin, RestSettings.defaults("37.0"), shared)) {
            String id = sharedApi.create("Account", Map.of("Name", "Shared")).id();
            emulator.revokeAllTokens();
            assertThat(sharedApi.get("Account", id)).containsEntry("Name", "Shared");
        } finally {
            shared.stop();
        }
    }

    @Test
    void badIdsAndTypesAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> api.get("Contact", "../limits"))
                .hasMessage("record id '../limits' is not a 15 or 18 character Salesforce id");
        assertThatThrownBy(() -> api.create("Contact/x", Map.of()))
                .hasMessageStartingWith("sObject type 'Contact/x' is not a Salesforce API name");
    }

    private long dataRequests() {
        return emulator.requests().stream().filter(r -> r.path().startsWith("/services/data/")).count();
    }
}
