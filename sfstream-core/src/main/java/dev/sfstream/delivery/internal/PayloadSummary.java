package dev.sfstream.delivery.internal;

import java.util.Map;

/** A short, single-line rendering of an event payload for log lines. */
public final class PayloadSummary {
    static final int MAX_LENGTH = 300;

    private PayloadSummary() {
    }

    /** The payload's text, cut to {@value #MAX_LENGTH} characters with the original length noted. */
    public static String of(Map<String, Object> data) {
        String text = String.valueOf(data).replace('\n', ' ').replace('\r', ' ');
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_LENGTH) + "... (" + text.length() + " chars)";
    }
}
