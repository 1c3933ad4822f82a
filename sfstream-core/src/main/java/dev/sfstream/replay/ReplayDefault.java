package dev.sfstream.replay;

import java.util.Locale;

/** Where a channel starts when no replay id is committed for it (config key {@code REPLAY_DEFAULT}). */
public enum ReplayDefault {
    /** Only events published after subscribing: replay id {@code -1}. */
    NEW(-1),
    /** Every event Salesforce still retains, then new ones: replay id {@code -2}. */
    ALL(-2);

    private final long replayId;

    ReplayDefault(long replayId) {
        this.replayId = replayId;
    }

    /** The replay id sent in {@code ext.replay}. */
    public long replayId() {
        return replayId;
    }

    /** Parses {@code new} or {@code all} (any case); the error names the config key and the value. */
    public static ReplayDefault parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "new", "-1" -> NEW;
            case "all", "-2" -> ALL;
            default -> throw new IllegalArgumentException(
                    "REPLAY_DEFAULT must be 'new' or 'all', got '" + value + "'");
        };
    }
}
