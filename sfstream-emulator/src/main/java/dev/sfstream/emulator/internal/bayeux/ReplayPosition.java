package dev.sfstream.emulator.internal.bayeux;

import java.util.Map;

/**
 * Where a subscription starts, read from the subscribe message's {@code ext.replay} map: only new
 * events ({@code -1}, also when absent), every retained event ({@code -2}), the events after a replay id,
 * or an unusable value (kept as text for the error message).
 */
sealed interface ReplayPosition {
    /** Only events published after the subscription. */
    record NewOnly() implements ReplayPosition {
    }

    /** Every retained event, then new ones. */
    record AllRetained() implements ReplayPosition {
    }

    /** The retained events after {@code replayId}, exclusive, then new ones. */
    record After(long replayId) implements ReplayPosition {
    }

    /** A value that is not a replay id, e.g. {@code "abc"} or {@code 1.5}. */
    record Unusable(String text) implements ReplayPosition {
    }

    /**
     * Reads the position for a subscription: the entry of {@code ext.replay} whose key is the
     * subscription without its {@code ?filter}. Integers and numeric strings are accepted.
     */
    static ReplayPosition of(Map<String, Object> ext, String channel) {
        if (ext == null || !(ext.get("replay") instanceof Map<?, ?> replay)) {
            return new NewOnly();
        }
        Object value = replay.get(channel);
        if (value == null) {
            return new NewOnly();
        }
        Long id = asLong(value);
        if (id == null) {
            return new Unusable(String.valueOf(value));
        }
        if (id == -1L) {
            return new NewOnly();
        }
        if (id == -2L) {
            return new AllRetained();
        }
        return new After(id);
    }

    private static Long asLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
