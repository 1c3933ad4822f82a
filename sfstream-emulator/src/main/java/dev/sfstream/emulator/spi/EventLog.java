package dev.sfstream.emulator.spi;

import java.util.List;

/**
 * The retained events of the event channels, read by transports that pull (Pub/Sub); implemented by the
 * Bayeux side, which owns the one store. Replay ids are the numbers CometD shows.
 */
public interface EventLog {
    /** At most {@code max} retained events of {@code channel} after {@code replayId} (exclusive), oldest first. */
    List<LoggedEvent> after(String channel, long replayId, int max);

    /** The replay id of the newest event ever published on {@code channel}; one less than the first id before any. */
    long latestReplayId(String channel);

    /** Whether {@code replayId} is an event {@code channel} still retains. */
    boolean retains(String channel, long replayId);

    /**
     * Runs {@code onPublish} after each event published on {@code channel}, on the publishing thread while the
     * channel is locked (so it must only hand off work); returns the action that stops it.
     */
    Runnable watch(String channel, Runnable onPublish);

    /** One retained event: its replay id and its complete CometD {@code data} object as UTF-8 JSON. */
    record LoggedEvent(long replayId, byte[] dataJson) {
    }
}
