package dev.sfstream.replay;

import java.util.OptionalLong;

/**
 * Where a service remembers, per channel, the replay id up to which every event has been handled,
 * so that a restart resumes there. Implementations must be safe for concurrent use.
 */
public interface ReplayStore extends AutoCloseable {
    /** The committed replay id of a channel, or empty when none is stored. */
    OptionalLong load(String channel);

    /**
     * Stores the committed replay id of a channel.
     *
     * @throws ReplayStoreException when the store cannot be written; the caller retries later
     */
    void save(String channel, long replayId);

    @Override
    default void close() {
    }
}
