package dev.sfstream.pushtopic;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.pushtopic.internal.OrgLookups;
import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.Soql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the PushTopic of a {@code @HandleSObjectNotification} as the original did:
 * {@code SELECT Id, Name, LastModifiedById, LastModifiedDate FROM <type>}, with
 * {@code RecordTypeId = '<id>'} (looked up by DeveloperName) and {@code LastModifiedById != '<current user>'}
 * conditions. Values are written as escaped SOQL literals.
 */
public final class SObjectTopicBuilder {
    /** The original's SELECT list. */
    public static final List<String> DEFAULT_FIELDS = List.of("Id", "Name", "LastModifiedById", "LastModifiedDate");

    private final OrgLookups lookups;
    private final SessionSource sessions;
    private final String username;

    /**
     * @param api the REST client for the lookups
     * @param sessions where the current user's id comes from
     * @param username the login username, used only when the session does not carry the user id
     *     (then the user is looked up by username, as the original always did); may be null
     */
    public SObjectTopicBuilder(SalesforceApi api, SessionSource sessions, String username) {
        this.lookups = new OrgLookups(Objects.requireNonNull(api, "api"));
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.username = username;
    }

    /**
     * The topic for a request.
     *
     * @throws IllegalArgumentException when the record type or the user does not exist, or the topic breaks
     *     Salesforce's rules (e.g. a name longer than 25 characters)
     */
    public PushTopicSpec build(SObjectTopicRequest request) {
        PushTopicSpec.checkName(request.topicName());
        List<String> conditions = new ArrayList<>();
        if (request.recordType() != null) {
            String recordTypeId = lookups.recordTypeId(request.sobjectType(), request.recordType());
            conditions.add("RecordTypeId = " + Soql.literal(recordTypeId));
        }
        if (request.excludeCurrentUser()) {
            conditions.add("LastModifiedById != " + Soql.literal(currentUserId()));
        }
        String query = "SELECT " + String.join(", ", selectList(request)) + " FROM " + request.sobjectType();
        if (!conditions.isEmpty()) {
            query += " WHERE " + String.join(" AND ", conditions);
        }
        return new PushTopicSpec(request.topicName(), query, request.notifyFor());
    }

    private List<String> selectList(SObjectTopicRequest request) {
        if (!request.fields().isEmpty()) {
            List<String> fields = new ArrayList<>();
            if (request.fields().stream().noneMatch("Id"::equalsIgnoreCase)) {
                fields.add("Id");
            }
            fields.addAll(request.fields());
            return fields;
        }
        if (lookups.hasField(request.sobjectType(), "Name")) {
            return DEFAULT_FIELDS;
        }
        return DEFAULT_FIELDS.stream().filter(f -> !f.equals("Name")).toList();
    }

    private String currentUserId() {
        String userId = sessions.current().userId();
        if (userId != null && !userId.isBlank()) {
            return userId;
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("The session carries no user id and no username was given, so the "
                    + "current user cannot be excluded");
        }
        return lookups.userId(username);
    }
}
