package dev.sfstream.salesforce.internal;

import dev.sfstream.pushtopic.NotifyFor;
import java.util.List;

/**
 * A PushTopic an entrypoint declares at start: either from a query ({@code @HandleNotification}) or for an
 * sObject type ({@code @HandleSObjectNotification}, whose query is built at start because the record type
 * and current user ids must be looked up).
 *
 * @param name the PushTopic name
 * @param query the SOQL query, or null for an sObject declaration
 * @param sobjectType the sObject type, or null for a query declaration
 * @param recordType the RecordType DeveloperName, or null
 * @param excludeCurrentUser leave out changes made by the logged-in user
 * @param fields the fields to select, empty for the default ones
 * @param notifyFor which field changes and operations notify
 */
public record TopicDeclaration(String name, String query, String sobjectType, String recordType,
                               boolean excludeCurrentUser, List<String> fields, NotifyFor notifyFor) {
    public TopicDeclaration {
        fields = List.copyOf(fields);
    }

    /** Whether the query is built from the sObject type at start. */
    public boolean forSObject() {
        return sobjectType != null;
    }
}
