package dev.sfstream.emulator.internal.bayeux;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds load-test events shaped like the real events of a channel's family. */
final class SyntheticEvents {
    private static final String USER_ID = "005000000000001AAA";

    private SyntheticEvents() {
    }

    /** The {@code data} of event number {@code sequence}; {@code when} is {@code now} formatted as a created date. */
    static Map<String, Object> data(String channel, long sequence, Instant now, String when) {
        return switch (ChannelFamily.of(channel)) {
            case PUSH_TOPIC -> Map.of(
                    "event", Map.of("type", "updated"),
                    "sobject", Map.of("Id", recordId("001", sequence), "Name", "Synthetic " + sequence));
            case GENERIC -> Map.of("payload", "Synthetic event " + sequence);
            case PLATFORM_EVENT -> Map.of("payload", Map.of(
                    "CreatedDate", when, "CreatedById", USER_ID, "Message__c", "Synthetic " + sequence));
            case CHANGE_EVENT -> changeEvent(channel, sequence, now, when);
        };
    }

    private static Map<String, Object> changeEvent(String channel, long sequence, Instant now, String when) {
        String entity = entityOf(channel);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("entityName", entity);
        header.put("recordIds", List.of(recordId("001", sequence)));
        header.put("changeType", "UPDATE");
        header.put("changeOrigin", "com/salesforce/api/rest/65.0;client=sfstream-emulator");
        header.put("transactionKey", EventEnvelope.randomUuid());
        header.put("sequenceNumber", 1);
        header.put("commitTimestamp", now.toEpochMilli());
        header.put("commitNumber", 10_000_000_000L + sequence);
        header.put("commitUser", USER_ID);
        header.put("changedFields", List.of("Name", "LastModifiedDate"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ChangeEventHeader", header);
        payload.put("Name", "Synthetic " + sequence);
        payload.put("LastModifiedDate", when);
        return Map.of("payload", payload);
    }

    private static String entityOf(String channel) {
        String name = channel.substring("/data/".length());
        if (name.equals("ChangeEvents")) {
            return "Account";
        }
        if (name.endsWith("__ChangeEvent")) {
            return name.substring(0, name.length() - "__ChangeEvent".length()) + "__c";
        }
        if (name.endsWith("ChangeEvent")) {
            return name.substring(0, name.length() - "ChangeEvent".length());
        }
        return name;
    }

    /** An 18-character id with the given key prefix; the suffix is not a real checksum. */
    private static String recordId(String prefix, long sequence) {
        String digits = Long.toString(sequence, 36).toUpperCase(java.util.Locale.ROOT);
        String padded = "000000000000".substring(Math.min(12, digits.length())) + digits;
        return prefix + padded.substring(padded.length() - 12) + "AAA";
    }
}
