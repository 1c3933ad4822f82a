package dev.sfstream.replay.internal;

import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.SessionReplay;
import java.util.OptionalLong;

/**
 * A replay store seen through a transport's key space: channel {@code C} is stored as {@code <transport>:C}, so
 * that a transport whose positions mean something else than CometD's never reads or overwrites CometD's key.
 * Closing it leaves the shared store open.
 */
final class TransportReplayKeys implements ReplayStore {
    private final ReplayStore store;
    private final String transport;

    TransportReplayKeys(ReplayStore store, String transport) {
        this.store = store;
        this.transport = transport;
    }

    private String key(String channel) {
        return SessionReplay.transportKey(transport, channel);
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
