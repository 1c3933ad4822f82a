package dev.sfstream.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ChangeEventHeader} of a Change Data Capture event, as CometD shows it and as sfstream decodes it
 * from Pub/Sub (field names, not bitmaps).
 *
 * @param entityName the sObject, e.g. {@code Account}
 * @param recordIds the records the change concerns: several for a merged change; empty for some gap events
 * @param changeType {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code UNDELETE}, or a gap type
 *     ({@code GAP_CREATE}, {@code GAP_UPDATE}, {@code GAP_DELETE}, {@code GAP_UNDELETE}, {@code GAP_OVERFLOW})
 * @param changeOrigin who made the change, e.g. {@code com/salesforce/api/rest/64.0;client=sfstream}; may be null
 * @param transactionKey the transaction the change belongs to; may be null
 * @param sequenceNumber the change's place in its transaction
 * @param commitTimestamp when the transaction committed; null when absent
 * @param commitUser the user who committed; may be null
 * @param changedFields the fields that changed
 * @param nulledFields the fields set to null
 * @param diffFields the text fields sent as diffs
 */
public record ChangeEventHeader(String entityName, List<String> recordIds, String changeType, String changeOrigin,
                                String transactionKey, long sequenceNumber, Instant commitTimestamp, String commitUser,
                                List<String> changedFields, List<String> nulledFields, List<String> diffFields) {
    /** The prefix of the gap event types. */
    public static final String GAP_PREFIX = "GAP_";
    /** The change type of an overflow gap event: too many changes in one transaction to send each. */
    public static final String GAP_OVERFLOW = "GAP_OVERFLOW";

    public ChangeEventHeader {
        recordIds = List.copyOf(recordIds);
        changedFields = List.copyOf(changedFields);
        nulledFields = List.copyOf(nulledFields);
        diffFields = List.copyOf(diffFields);
    }

    /**
     * Whether this is a gap event: Salesforce could not send the change itself (it names the records, not their
     * fields), so a handler that needs the data re-reads the records by {@link #recordIds()} through REST.
     */
    public boolean isGap() {
        return changeType != null && changeType.startsWith(GAP_PREFIX);
    }

    /**
     * Whether this is an overflow gap event: more changes in one transaction than Salesforce sends one by one;
     * {@link #recordIds()} may be empty, and the handler re-reads the entity's changed records.
     */
    public boolean isOverflow() {
        return GAP_OVERFLOW.equals(changeType);
    }

    /** Whether the change was made through a call that sent {@code Sforce-Call-Options: client=clientName}. */
    public boolean madeByClient(String clientName) {
        if (changeOrigin == null || clientName == null) {
            return false;
        }
        for (String part : changeOrigin.split(";")) {
            if (part.trim().equals("client=" + clientName)) {
                return true;
            }
        }
        return false;
    }

    /** The header of a CDC {@code payload}, when it has one. */
    public static Optional<ChangeEventHeader> of(Map<String, Object> payload) {
        if (payload == null || !(payload.get("ChangeEventHeader") instanceof Map<?, ?> header)) {
            return Optional.empty();
        }
        Object timestamp = header.get("commitTimestamp");
        Instant committed = timestamp instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
        return Optional.of(new ChangeEventHeader(text(header, "entityName"), texts(header, "recordIds"),
                text(header, "changeType"), text(header, "changeOrigin"), text(header, "transactionKey"),
                header.get("sequenceNumber") instanceof Number number ? number.longValue() : 0, committed,
                text(header, "commitUser"), texts(header, "changedFields"), texts(header, "nulledFields"),
                texts(header, "diffFields")));
    }

    private static String text(Map<?, ?> header, String key) {
        Object value = header.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Map<?, ?> header, String key) {
        return header.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
