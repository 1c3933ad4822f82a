package dev.sfstream.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforceApiResourcesTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private Emulator emulator;
    private SalesforceLogin login;
    private SalesforceApi api;

    @BeforeEach
    void connect() {
        emulator = emulatorExtension.emulator();
        login = new SalesforceLogin(EmulatorLogins.soap(emulator));
        api = SalesforceApi.connect(login, RestSettings.defaults("52.0"));
    }

    @AfterEach
    void close() {
        api.close();
        login.close();
    }

    @Test
    void upsertCreatesThenUpdatesByExternalId() {
        SaveResult created = api.upsert("Contact", "Email", "apollo@c.example", Map.of("LastName", "Creed"));
        assertThat(created.created()).isTrue();
        assertThat(created.id()).startsWith("003");

        SaveResult updated = api.upsert("Contact", "Email", "apollo@c.example", Map.of("LastName", "Creed Sr"));
        assertThat(updated.created()).isFalse();
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(api.get("Contact", created.id())).containsEntry("LastName", "Creed Sr");
    }

    @Test
    void compositeRunsDependentSubrequests() {
        List<CompositeSubresponse> responses = api.composite(false, List.of(
                CompositeSubrequest.of("POST", "/services/data/v52.0/sobjects/Account", "refAccount",
                        Map.of("Name", "Front Street Gym")),
                CompositeSubrequest.of("POST", "/services/data/v52.0/sobjects/Contact", "refContact",
                        Map.of("LastName", "Pauley", "AccountId", "@{refAccount.id}"))));

        assertThat(responses).extracting(CompositeSubresponse::referenceId).containsExactly("refAccount", "refContact");
        assertThat(responses).allMatch(CompositeSubresponse::isSuccess);
        String accountId = (String) ((Map<?, ?>) responses.get(0).body()).get("id");
        String contactId = (String) ((Map<?, ?>) responses.get(1).body()).get("id");
        assertThat(api.get("Contact", contactId)).containsEntry("AccountId", accountId);
    }

    @Test
    void collectionsCreateAndUpdateManyRecordsWithOneResultEach() {
        List<SaveResult> created = api.createAll(false, List.of(
                SObject.of("Account", Map.of("Name", "A")),
                SObject.of("Account", Map.of()),
                SObject.of("Contact", Map.of("LastName", "C"))));

        assertThat(created).extracting(SaveResult::success).containsExactly(true, false, true);
        assertThat(created.get(1).errors()).first().satisfies(error -> {
            assertThat(error.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(error.fields()).contains("Name");
        });

        List<SaveResult> updated = api.updateAll(true, List.of(
                new SObject("Account", created.get(0).id(), Map.of("Name", "A2")),
                new SObject("Contact", created.get(2).id(), Map.of("LastName", "C2"))));
        assertThat(updated).allMatch(SaveResult::success);
        assertThat(api.get("Account", created.get(0).id())).containsEntry("Name", "A2");
    }

    @Test
    void aSmallerQueryBatchSizeIsAskedFor() {
        for (int batch = 0; batch < 3; batch++) {
            List<SObject> accounts = new java.util.ArrayList<>();
            for (int i = 0; i < 150; i++) {
                accounts.add(SObject.of("Account", Map.of("Name", "Account " + batch + "-" + i)));
            }
            api.createAll(true, accounts);
        }
        try (SalesforceApi small = SalesforceApi.connect(login, RestSettings.defaults("52.0").withQueryBatchSize(200))) {
            QueryResults results = small.query("SELECT Id FROM Account");
            assertThat(results.firstPage().records()).hasSize(200);
            assertThat(results.firstPage().nextRecordsUrl()).startsWith("/services/data/v52.0/query/");
            assertThat(results.stream().count()).isEqualTo(450);
        }
    }

    @Test
    void collectionSizesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> api.createAll(false, List.of()))
                .hasMessage("sObject collection records: 0 given, Salesforce accepts 1 to 200 per request");
    }

    @Test
    void limitsAndDescribe() {
        Map<String, Limit> limits = api.limits();
        assertThat(limits).containsKey("DailyApiRequests");
        assertThat(limits.get("DailyApiRequests").max()).isPositive();

        SObjectDescription contact = api.describe("Contact");
        assertThat(contact.name()).isEqualTo("Contact");
        assertThat(contact.hasField("LastName")).isTrue();
        assertThat(contact.hasField("Name")).isTrue();
        assertThat(api.describe("Task").hasField("Name")).isFalse();
        assertThatThrownBy(() -> api.describe("Bogus"))
                .isInstanceOfSatisfying(SalesforceException.class,
                        e -> assertThat(e.kind()).isEqualTo(SalesforceErrorKind.NOT_FOUND));
    }

    @Test
    void anyOtherResourceIsReachableAsPlainValues() {
        Object resources = api.request("GET", "", null);
        assertThat(resources).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) resources).containsKey("sobjects")).isTrue();
        assertThat(((Map<?, ?>) resources).containsKey("query")).isTrue();
        assertThat(api.request("GET", "/services/data/", null)).isInstanceOf(List.class);
        assertThatThrownBy(() -> api.request("GET", "/etc/passwd", null))
                .hasMessageContaining("must be relative to /services/data/v52.0/ or start with /services/");
    }
}
