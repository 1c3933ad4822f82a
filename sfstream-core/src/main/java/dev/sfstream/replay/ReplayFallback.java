package dev.sfstream.replay;

import java.util.Locale;

/**
 * What to do when Salesforce rejects a stored replay id as too old or unknown (config key
 * {@code REPLAY_FALLBACK}). The gap is logged and counted whichever is chosen.
 */
public enum ReplayFallback {
    /** Resubscribe with {@code -2}: every retained event. The default: loses the least. */
    ALL,
    /** Resubscribe with {@code -1}: new events only. */
    NEW,
    /** Stop the session with an error naming the channel and the rejected id. */
    FAIL;

    /** Parses {@code all}, {@code new} or {@code fail} (any case); the error names the config key and the value. */
    public static ReplayFallback parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "all" -> ALL;
            case "new" -> NEW;
            case "fail" -> FAIL;
            default -> throw new IllegalArgumentException(
                    "REPLAY_FALLBACK must be 'all', 'new' or 'fail', got '" + value + "'");
        };
    }
}
