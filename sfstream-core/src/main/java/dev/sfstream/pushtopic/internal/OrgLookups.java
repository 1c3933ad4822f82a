package dev.sfstream.pushtopic.internal;

import dev.sfstream.rest.SalesforceApi;
import dev.sfstream.rest.SObjectDescription;
import dev.sfstream.rest.Soql;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org lookups the sObject topic query needs, each answered by one SOQL query or describe call and
 * remembered for this instance's lifetime (RecordType ids and field lists do not change while a
 * service starts). Failed lookups are not remembered.
 */
public final class OrgLookups {
    private final SalesforceApi api;
    private final Map<String, String> recordTypeIds = new ConcurrentHashMap<>();
    private final Map<String, String> userIds = new ConcurrentHashMap<>();
    private final Map<String, SObjectDescription> descriptions = new ConcurrentHashMap<>();

    public OrgLookups(SalesforceApi api) {
        this.api = api;
    }

    /**
     * The id of a record type, by sObject type and DeveloperName.
     *
     * @throws IllegalArgumentException {@code RecordType '<recordType>' of '<sobjectType>' does not exist}
     */
    public String recordTypeId(String sobjectType, String recordType) {
        return recordTypeIds.computeIfAbsent(sobjectType + "\n" + recordType, key -> {
            String soql = "SELECT Id, DeveloperName, SobjectType FROM RecordType WHERE SobjectType = "
                    + Soql.literal(sobjectType) + " AND DeveloperName = " + Soql.literal(recordType);
            return firstId(soql, "RecordType '" + recordType + "' of '" + sobjectType + "' does not exist");
        });
    }

    /**
     * The id of a user, by username.
     *
     * @throws IllegalArgumentException {@code User '<username>' does not exist}
     */
    public String userId(String username) {
        return userIds.computeIfAbsent(username, key -> firstId(
                "SELECT Id FROM User WHERE Username = " + Soql.literal(username),
                "User '" + username + "' does not exist"));
    }

    /** Whether describe lists this field for the sObject type. */
    public boolean hasField(String sobjectType, String field) {
        return descriptions.computeIfAbsent(sobjectType, api::describe).hasField(field);
    }

    private String firstId(String soql, String notFound) {
        return api.query(soql).stream().findFirst()
                .map(record -> String.valueOf(record.get("Id")))
                .orElseThrow(() -> new IllegalArgumentException(notFound));
    }
}
