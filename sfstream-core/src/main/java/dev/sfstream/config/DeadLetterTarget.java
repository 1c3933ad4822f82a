package dev.sfstream.config;

/** Where events go whose handler kept failing after all retries ({@code DEAD_LETTER}). */
public enum DeadLetterTarget {
    /** Logged at ERROR with channel, replay id and a payload summary. */
    LOG,
    /** Logged and pushed onto a Redis list at {@code PUSHTOPIC_REPLAY_REDIS_URI}. */
    REDIS
}
