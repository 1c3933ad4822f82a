package dev.sfstream.streaming.internal;

import dev.sfstream.replay.ReplayStore;
import java.util.OptionalLong;

/**
 * A replay store seen through a transport's key space: channel {@code C} is stored as {@code <transport>:C}, so
 * that a transport whose positions mean something else than CometD's never reads or overwrites CometD's key.
 * Closing it leaves the shared store open.
 */
public final class TransportReplayKeys implements ReplayStore {
    private final ReplayStore store;
    private final String transport;

    public TransportReplayKeys(ReplayStore store, String transport) {
        this.store = store;
        this.transport = transport;
    }

    /** The key a channel's position is stored under by a transport other than CometD. */
    public static String key(String transport, String channel) {
        return transport + ":" + channel;
    }

    private String key(String channel) {
        return key(transport, channel);
    }

    @Override
    public OptionalLong load(String channel) {
        return store.load(key(channel));
    }

    @Override
    public void save(String channel, long replayId) {
        store.save(key(channel), replayId);
    }
}
