package dev.sfstream.emulator.internal.faults;

import java.nio.charset.StandardCharsets;

/** Broken Bayeux responses for fuzzing a client: each is sent with HTTP 200 and a JSON content type. */
public enum MalformedResponse {
    /** An HTML page instead of JSON. */
    NOT_JSON,
    /** JSON cut off in the middle of a message. */
    TRUNCATED,
    /** A single JSON object instead of an array. */
    NOT_ARRAY,
    /** An empty array: no reply at all. */
    EMPTY_ARRAY,
    /** The JSON literal {@code null}. */
    NULL_BODY,
    /** Messages whose fields have the wrong JSON types. */
    WRONG_TYPES,
    /** Messages without channel, successful, id or data. */
    MISSING_FIELDS,
    /** An event on a channel nobody subscribed to, then a connect reply. */
    UNKNOWN_CHANNEL,
    /** 10,000 events in one response, then a connect reply. */
    HUGE_BATCH;

    private static final int HUGE_BATCH_SIZE = 10_000;

    /** The body to send; {@code channel} names the channel a huge batch is delivered on. */
    public byte[] body(String channel) {
        String eventChannel = channel != null && channel.startsWith("/") && !channel.startsWith("/meta/")
                ? channel : "/topic/Fuzz";
        String text = switch (this) {
            case NOT_JSON -> "<html><head><title>Error</title></head><body>Service unavailable</body></html>";
            case TRUNCATED -> "[{\"channel\":\"/meta/connect\",\"successful\":tr";
            case NOT_ARRAY -> "{\"channel\":\"/meta/connect\",\"successful\":true}";
            case EMPTY_ARRAY -> "[]";
            case NULL_BODY -> "null";
            case WRONG_TYPES -> "[{\"channel\":42,\"successful\":\"yes\",\"id\":[1],\"clientId\":{\"a\":1},"
                    + "\"advice\":\"retry\",\"error\":7},{\"channel\":\"" + eventChannel
                    + "\",\"data\":\"not an object\"},{\"channel\":\"" + eventChannel
                    + "\",\"data\":{\"event\":{\"replayId\":\"seven\"},\"sobject\":[]}}]";
            case MISSING_FIELDS -> "[{},{\"id\":\"1\"},{\"channel\":\"" + eventChannel + "\"},"
                    + "{\"channel\":\"/meta/connect\"}]";
            case UNKNOWN_CHANNEL -> "[{\"channel\":\"/topic/NobodySubscribedToThis\",\"data\":{\"event\":"
                    + "{\"createdDate\":\"2024-01-01T00:00:00.000Z\",\"replayId\":1,\"type\":\"created\"},"
                    + "\"sobject\":{\"Id\":\"001000000000001AAA\"}}},"
                    + "{\"channel\":\"/meta/connect\",\"successful\":true}]";
            case HUGE_BATCH -> hugeBatch(eventChannel);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hugeBatch(String channel) {
        StringBuilder json = new StringBuilder(HUGE_BATCH_SIZE * 160).append('[');
        for (int i = 1; i <= HUGE_BATCH_SIZE; i++) {
            json.append("{\"channel\":\"").append(channel).append("\",\"data\":{\"event\":{\"createdDate\":")
                    .append("\"2024-01-01T00:00:00.000Z\",\"replayId\":").append(i)
                    .append(",\"type\":\"updated\"},\"sobject\":{\"Id\":\"001000000000001AAA\"}}},");
        }
        return json.append("{\"channel\":\"/meta/connect\",\"successful\":true}]").toString();
    }
}
