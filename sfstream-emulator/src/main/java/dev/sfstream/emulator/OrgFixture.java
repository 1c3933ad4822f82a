package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.records.SalesforceIds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The org the emulator starts with: its id and name, users, connected app and RecordTypes.
 * {@link #defaults()} is the documented default org, the same embedded and standalone.
 */
public record OrgFixture(String orgId, String orgName, List<EmulatorUser> users, ConnectedApp connectedApp,
                         List<RecordTypeFixture> recordTypes) {
    public static final String DEFAULT_USERNAME = "integration@example.com";
    public static final String DEFAULT_PASSWORD = "password";
    public static final String DEFAULT_SECURITY_TOKEN = "TOKEN";
    public static final String OTHER_USERNAME = "other@example.com";
    public static final String OTHER_SECURITY_TOKEN = "TOKEN2";
    public static final String CONSUMER_KEY = "sfstream-consumer-key";
    public static final String CONSUMER_SECRET = "sfstream-consumer-secret";
    public static final String DEFAULT_REFRESH_TOKEN = "sfstream-refresh-token";

    public OrgFixture {
        if (orgId == null || !orgId.startsWith("00D") || SalesforceIds.canonical(orgId).isEmpty()) {
            throw new IllegalArgumentException("orgId must be an id starting with 00D, got '" + orgId + "'");
        }
        orgId = SalesforceIds.canonical(orgId).orElseThrow();
        Objects.requireNonNull(orgName, "orgName");
        users = List.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("an org fixture needs at least one user");
        }
        Objects.requireNonNull(connectedApp, "connectedApp");
        recordTypes = List.copyOf(recordTypes);
    }

    /** The default org: two users, the sfstream connected app, RecordTypes Student on Contact and Partner on Account. */
    public static OrgFixture defaults() {
        return new OrgFixture("00Dxx0000001gPL", "sfstream emulator org",
                List.of(new EmulatorUser(DEFAULT_USERNAME, DEFAULT_PASSWORD, DEFAULT_SECURITY_TOKEN,
                                "005xx000001SwiU", "Integration", "User", DEFAULT_USERNAME, DEFAULT_REFRESH_TOKEN),
                        new EmulatorUser(OTHER_USERNAME, DEFAULT_PASSWORD, OTHER_SECURITY_TOKEN,
                                "005xx000001SwjA", "Other", "User", OTHER_USERNAME, null)),
                new ConnectedApp(CONSUMER_KEY, CONSUMER_SECRET, null, DEFAULT_USERNAME),
                List.of(new RecordTypeFixture("Contact", "Student", "Student"),
                        new RecordTypeFixture("Account", "Partner", "Partner")));
    }

    public Optional<EmulatorUser> user(String username) {
        return users.stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    public OrgFixture withUsers(List<EmulatorUser> newUsers) {
        return new OrgFixture(orgId, orgName, newUsers, connectedApp, recordTypes);
    }

    public OrgFixture withConnectedApp(ConnectedApp app) {
        return new OrgFixture(orgId, orgName, users, app, recordTypes);
    }

    public OrgFixture withRecordTypes(List<RecordTypeFixture> types) {
        return new OrgFixture(orgId, orgName, users, connectedApp, types);
    }
}
