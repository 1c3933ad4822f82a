package dev.sfstream.pushtopic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.NotifyForFields;
import dev.sfstream.auth.EmulatorLogins;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SObjectTopicBuilderTest {
    private static final String USER_ID = OrgFixture.defaults().users().get(0).userId();

    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    private Emulator emulator;
    private SalesforceLogin login;
    private SalesforceApi api;
    private SObjectTopicBuilder builder;

    @BeforeEach
    void connect() {
        emulator = EMULATOR.emulator();
        login = new SalesforceLogin(EmulatorLogins.password(emulator));
        api = SalesforceApi.connect(login, RestSettings.defaults("37.0"));
        builder = new SObjectTopicBuilder(api, login, OrgFixture.DEFAULT_USERNAME);
        login.current();
    }

    @AfterEach
    void close() {
        api.close();
        login.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-       | false | SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact",
        "Student | false | SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact WHERE RecordTypeId = '{rt}'",
        "-       | true  | SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact "
            + "WHERE LastModifiedById != '{user}'",
        "Student | true  | SELECT Id, Name, LastModifiedById, LastModifiedDate FROM Contact "
            + "WHERE RecordTypeId = '{rt}' AND LastModifiedById != '{user}'"})
    void buildsTheOriginalsQueryForEachCombination(String recordType, boolean excludeCurrentUser, String expected) {
        PushTopicSpec spec = builder.build(SObjectTopicRequest.of("Contact", recordType, excludeCurrentUser));

        assertThat(spec.query()).isEqualTo(expected.replace("{rt}", studentRecordTypeId()).replace("{user}", USER_ID));
        assertThat(spec.name()).isEqualTo(recordType == null ? "Contact" : "ContactStudent");
        assertThat(spec.notifyFor()).isEqualTo(NotifyFor.ALL);
    }

    @Test
    void theCurrentUserComesFromTheSessionWithoutAQuery() {
        emulator.clearRequests();
        builder.build(SObjectTopicRequest.of("Contact", null, true));
        assertThat(decodedQueries()).noneMatch(q -> q.contains("FROM User"));
    }

    @Test
    void theRecordTypeIsLookedUpByDeveloperNameWithEscapedLiterals() {
        emulator.clearRequests();
        SObjectTopicRequest request = new SObjectTopicRequest("Contact", "O'Brien", false, List.of(), "Irish",
                NotifyFor.ALL);
        assertThatThrownBy(() -> builder.build(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RecordType 'O'Brien' of 'Contact' does not exist");
        assertThat(decodedQueries()).contains("SELECT Id, DeveloperName, SobjectType FROM RecordType "
                + "WHERE SobjectType = 'Contact' AND DeveloperName = 'O\\'Brien'");
    }

    @Test
    void aMissingRecordTypeNamesRecordTypeThenSObjectType() {
        assertThatThrownBy(() -> builder.build(SObjectTopicRequest.of("Contact", "Teacher", false)))
                .hasMessage("RecordType 'Teacher' of 'Contact' does not exist");
    }

    @Test
    void withoutAUserIdInTheSessionTheUserIsLookedUpByUsername() {
        SessionSource anonymous = sessionWithoutUserId();
        PushTopicSpec spec = new SObjectTopicBuilder(api, anonymous, OrgFixture.DEFAULT_USERNAME)
                .build(SObjectTopicRequest.of("Contact", null, true));
        assertThat(spec.query()).endsWith("WHERE LastModifiedById != '" + USER_ID + "'");

        assertThatThrownBy(() -> new SObjectTopicBuilder(api, anonymous, "smith")
                .build(SObjectTopicRequest.of("Contact", null, true)))
                .hasMessage("User 'smith' does not exist");
    }

    @Test
    void theFieldsOptionChoosesTheSelectListAndKeepsId() {
        SObjectTopicRequest request = new SObjectTopicRequest("Contact", null, false, List.of("Email", "Phone"), null,
                new NotifyFor(NotifyForFields.SELECT, true, false, false, false));
        PushTopicSpec spec = builder.build(request);
        assertThat(spec.query()).isEqualTo("SELECT Id, Email, Phone FROM Contact");
        assertThat(spec.notifyFor()).isEqualTo(new NotifyFor(NotifyForFields.SELECT, true, false, false, false));
    }

    @Test
    void theDefaultListLeavesOutNameWhenTheTypeHasNone() {
        assertThat(builder.build(SObjectTopicRequest.of("Task", null, false)).query())
                .isEqualTo("SELECT Id, LastModifiedById, LastModifiedDate FROM Task");
    }

    @Test
    void anExplicitNameOverridesTheDerivedOne() {
        SObjectTopicRequest request = new SObjectTopicRequest("Contact", "Student", false, List.of(), "Students",
                NotifyFor.ALL);
        assertThat(builder.build(request).name()).isEqualTo("Students");
    }

    @Test
    void aDerivedNameOver25CharactersIsRefusedBeforeAnyLookup() {
        emulator.clearRequests();
        assertThatThrownBy(() -> builder.build(SObjectTopicRequest.of("OpportunityLineItem", "Wholesale", true)))
                .hasMessageStartingWith("PushTopic name 'OpportunityLineItemWholesale' is 28 characters long; "
                        + "Salesforce allows at most 25");
        assertThat(emulator.requests()).noneMatch(r -> r.path().startsWith("/services/data/"));
    }

    @Test
    void aBuiltTopicCanBeDeclared() {
        PushTopicSpec spec = builder.build(SObjectTopicRequest.of("Contact", "Student", true));
        Declaration declaration = new PushTopicDeclarer(api).declare(spec);
        assertThat(declaration.action()).isIn(Declaration.Action.CREATED, Declaration.Action.UNCHANGED);
        assertThat(new PushTopicDeclarer(api).find("ContactStudent").orElseThrow().query()).isEqualTo(spec.query());
    }

    private String studentRecordTypeId() {
        return api.query("SELECT Id FROM RecordType WHERE DeveloperName = 'Student'").stream()
                .map(r -> (String) r.get("Id")).findFirst().orElseThrow();
    }

    private List<String> decodedQueries() {
        return emulator.requests().stream().filter(r -> r.path().startsWith("/services/data/v37.0/query"))
                .map(r -> URLDecoder.decode(r.query().substring(2), StandardCharsets.UTF_8)).toList();
    }

    private SessionSource sessionWithoutUserId() {
        Session real = login.current();
        Session anonymous = new Session(real.accessToken(), real.instanceUrl(), null, real.orgId(), real.issuedAt());
        return new SessionSource() {
            @Override
            public Session current() {
                return anonymous;
            }

            @Override
            public Session renew(Session rejected) {
                return anonymous;
            }
        };
    }
}
