package dev.sfstream.emulator.internal.records;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The two datetime spellings Salesforce uses: REST records and streaming event envelopes. */
public final class Timestamps {
    private static final DateTimeFormatter REST =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STREAMING =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter CHANGE_EVENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter REST_PARSER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private Timestamps() {
    }

    /** {@code 2016-03-29T16:40:08.000+0000}. */
    public static String rest(Instant instant) {
        return REST.format(instant);
    }

    /** {@code 2017-07-25T19:16:44Z}, as Change Data Capture payloads carry datetimes. */
    public static String changeEvent(Instant instant) {
        return CHANGE_EVENT.format(instant);
    }

    /** Reads the REST spelling back; null when the text is not in that form. */
    public static Instant parseRest(String text) {
        try {
            return java.time.OffsetDateTime.parse(text, REST_PARSER).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 2016-03-29T16:40:08.208Z}. */
    public static String streaming(Instant instant) {
        return STREAMING.format(instant);
    }
}
