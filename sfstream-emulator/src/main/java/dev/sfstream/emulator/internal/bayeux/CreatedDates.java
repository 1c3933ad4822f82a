package dev.sfstream.emulator.internal.bayeux;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats event timestamps as Salesforce does ({@code 2020-12-11T13:44:56.891Z}), remembering the last
 * millisecond formatted: a burst of events published within one millisecond formats it once.
 */
final class CreatedDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    String format(Instant instant) {
        long millis = instant.toEpochMilli();
        Formatted seen = last;
        if (seen.millis == millis) {
            return seen.text;
        }
        String text = FORMAT.format(Instant.ofEpochMilli(millis));
        last = new Formatted(millis, text);
        return text;
    }

    private record Formatted(long millis, String text) {
    }
}
