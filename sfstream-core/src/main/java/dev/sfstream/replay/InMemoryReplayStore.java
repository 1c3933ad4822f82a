package dev.sfstream.replay;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** A replay store that lives as long as the process; for tests and for services that need no durability. */
public final class InMemoryReplayStore implements ReplayStore {
    private final Map<String, Long> committed = new ConcurrentHashMap<>();

    @Override
    public OptionalLong load(String channel) {
        Long id = committed.get(channel);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public void save(String channel, long replayId) {
        committed.put(channel, replayId);
    }
}
