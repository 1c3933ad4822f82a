package dev.sfstream.pushtopic;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@code @HandleSObjectNotification} asks for, before the ids it needs are looked up.
 *
 * @param sobjectType the sObject type, e.g. {@code Contact}
 * @param recordType the RecordType DeveloperName, e.g. {@code Student}; null for every record type
 * @param excludeCurrentUser leave out changes made by the user sfstream is logged in as
 * @param fields the SELECT list; empty for {@code Id, Name, LastModifiedById, LastModifiedDate}
 *     (without {@code Name} when the type has none)
 * @param name the topic name; null for {@code <sobjectType><recordType>}
 * @param notifyFor which field changes and operations notify
 */
public record SObjectTopicRequest(String sobjectType, String recordType, boolean excludeCurrentUser,
                                  List<String> fields, String name, NotifyFor notifyFor) {
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

    public SObjectTopicRequest {
        if (sobjectType == null || !API_NAME.matcher(sobjectType).matches()) {
            throw new IllegalArgumentException("sObject type '" + sobjectType + "' is not a Salesforce API name "
                    + "(letters, digits and underscores, starting with a letter)");
        }
        recordType = recordType == null || recordType.isBlank() ? null : recordType;
        name = name == null || name.isBlank() ? null : name;
        fields = fields == null ? List.of() : List.copyOf(fields);
        for (String field : fields) {
            if (field == null || !API_NAME.matcher(field).matches()) {
                throw new IllegalArgumentException("field '" + field + "' of the " + sobjectType
                        + " topic is not a field API name (PushTopic queries cannot select relationships)");
            }
        }
        Objects.requireNonNull(notifyFor, "notifyFor");
    }

    /** Every change of a type and record type by anyone, with the original's defaults otherwise. */
    public static SObjectTopicRequest of(String sobjectType, String recordType, boolean excludeCurrentUser) {
        return new SObjectTopicRequest(sobjectType, recordType, excludeCurrentUser, List.of(), null,
                NotifyFor.ALL);
    }

    /** The topic name: the explicit one, or {@code sobjectType + recordType} as the original. */
    public String topicName() {
        if (name != null) {
            return name;
        }
        return recordType == null ? sobjectType : sobjectType + recordType;
    }
}
