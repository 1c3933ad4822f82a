package dev.sfstream.pushtopic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PushTopic a handler needs: the original's declared fields. The constructor checks Salesforce's
 * rules before anything is sent (name at most 25 characters, query at most 1,300 and selecting
 * {@code Id}) and names the value and the limit when one is broken.
 *
 * @param name the topic name, the channel {@code /topic/<name>}
 * @param query the SOQL query
 * @param notifyFor which field changes and operations notify
 */
public record PushTopicSpec(String name, String query, NotifyFor notifyFor) {
    /** Salesforce's maximum length of a PushTopic name. */
    public static final int MAX_NAME_LENGTH = 25;
    /** Salesforce's maximum length of a PushTopic query. */
    public static final int MAX_QUERY_LENGTH = 1300;

    private static final Pattern SELECT_LIST = Pattern.compile("^\\s*SELECT\\s+(.*?)\\s+FROM\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public PushTopicSpec {
        Objects.requireNonNull(notifyFor, "notifyFor");
        checkName(name);
        checkQuery(query);
    }

    /** A topic notifying on every field change and every operation, as the original's defaults. */
    public static PushTopicSpec of(String name, String query) {
        return new PushTopicSpec(name, query, NotifyFor.ALL);
    }

    /** The channel to subscribe to, {@code /topic/<name>}. */
    public String channel() {
        return "/topic/" + name;
    }

    /**
     * Checks a topic name against Salesforce's rules before anything is looked up for it.
     *
     * @throws IllegalArgumentException naming the name and the rule it breaks
     */
    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("PushTopic name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("PushTopic name '" + name + "' is " + name.length()
                    + " characters long; Salesforce allows at most " + MAX_NAME_LENGTH
                    + " (give a shorter name explicitly)");
        }
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '*' || c == '\'')) {
            throw new IllegalArgumentException("PushTopic name '" + name
                    + "' must not contain whitespace, '/', '*' or quotes: it becomes the channel /topic/<name>");
        }
    }

    private static void checkQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("PushTopic query must not be empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("PushTopic query is " + query.length()
                    + " characters long; Salesforce allows at most " + MAX_QUERY_LENGTH + ": " + abbreviate(query));
        }
        Matcher select = SELECT_LIST.matcher(query);
        if (!select.find()) {
            throw new IllegalArgumentException("PushTopic query '" + abbreviate(query)
                    + "' is not of the form SELECT <fields> FROM <sObject> ...");
        }
        boolean selectsId = Arrays.stream(select.group(1).split(","))
                .map(field -> field.trim().toLowerCase(Locale.ROOT))
                .anyMatch("id"::equals);
        if (!selectsId) {
            throw new IllegalArgumentException("PushTopic query '" + abbreviate(query)
                    + "' does not select Id; Salesforce requires PushTopic queries to select Id");
        }
    }

    private static String abbreviate(String query) {
        return query.length() <= 120 ? query : query.substring(0, 117) + "...";
    }
}
