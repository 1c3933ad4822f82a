package dev.sfstream.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayStoreException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WatermarkCommitterTest {
    private final Watermarks watermarks = new Watermarks();
    private final RecordingStore store = new RecordingStore();

    private WatermarkCommitter committer(boolean enabled) {
        return new WatermarkCommitter(watermarks, store, enabled, Duration.ofHours(1), new SimpleMeterRegistry(),
                Tags.empty(), Executors.defaultThreadFactory());
    }

    @Test
    void writesOnlyWhenTheWatermarkMoved() {
        WatermarkCommitter committer = committer(true);
        for (long id = 1; id <= 100; id++) {
            watermarks.receive("/topic/A", id);
            watermarks.complete("/topic/A", id);
        }
        assertThat(committer.flush()).isTrue();
        assertThat(committer.flush()).isTrue();
        assertThat(store.writes).containsExactly("/topic/A=100");
        committer.abandon();
    }

    @Test
    void aChannelWhosePositionTheServerKeepsIsNeverWritten() {
        WatermarkCommitter committer = committer(true);
        committer.leaveToServer("/event/Managed__e");
        for (String channel : List.of("/event/Managed__e", "/event/Plain__e")) {
            watermarks.receive(channel, 7);
            watermarks.complete(channel, 7);
        }
        assertThat(committer.flush()).isTrue();
        assertThat(store.writes).containsExactly("/event/Plain__e=7");
        committer.abandon();
    }

    @Test
    void aFailedWriteIsRetriedAndNeverWritesAnUnreachedPosition() {
        WatermarkCommitter committer = committer(true);
        watermarks.receive("/topic/A", 1);
        watermarks.receive("/topic/A", 2);
        watermarks.complete("/topic/A", 2);
        store.down.set(true);
        assertThat(committer.flush()).isTrue();
        assertThat(store.writes).isEmpty();
        watermarks.complete("/topic/A", 1);
        assertThat(committer.flush()).isFalse();
        store.down.set(false);
        assertThat(committer.flush()).isTrue();
        assertThat(store.writes).containsExactly("/topic/A=2");
        committer.abandon();
    }

    @Test
    void loadSeedsTheWatermarkOnceAndReplayDisabledIgnoresTheStore() {
        store.values.put("/topic/A", 41L);
        WatermarkCommitter committer = committer(true);
        assertThat(committer.load("/topic/A")).hasValue(41);
        assertThat(watermarks.receive("/topic/A", 41)).isFalse();
        committer.abandon();

        Watermarks fresh = new Watermarks();
        WatermarkCommitter disabled = new WatermarkCommitter(fresh, store, false, Duration.ofHours(1),
                new SimpleMeterRegistry(), Tags.empty(), Executors.defaultThreadFactory());
        assertThat(disabled.load("/topic/A")).isEmpty();
        fresh.receive("/topic/A", 50);
        fresh.complete("/topic/A", 50);
        assertThat(disabled.flush()).isTrue();
        assertThat(store.writes).isEmpty();
        disabled.abandon();
    }

    @Test
    void anUnreadableStoreIsReportedToTheCaller() {
        WatermarkCommitter committer = committer(true);
        store.down.set(true);
        assertThatThrownBy(() -> committer.load("/topic/A")).isInstanceOf(ReplayStoreException.class);
        committer.abandon();
    }

    @Test
    void aStoreOutageIsAGaugeWhileItLastsAndTheRemovedGaugeLeavesNothingBehind() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        WatermarkCommitter committer = new WatermarkCommitter(watermarks, store, true, Duration.ofHours(1), registry,
                Tags.of("service", "s"), Executors.defaultThreadFactory());
        watermarks.receive("/topic/A", 1);
        watermarks.complete("/topic/A", 1);
        store.down.set(true);
        assertThat(committer.flush()).isFalse();
        assertThat(registry.get("sfstream.replay.store_unavailable").tag("service", "s").gauge().value()).isEqualTo(1);
        store.down.set(false);
        assertThat(committer.flush()).isTrue();
        assertThat(registry.get("sfstream.replay.store_unavailable").gauge().value()).isZero();
        assertThat(store.writes).containsExactly("/topic/A=1");
        committer.abandon();
        assertThat(registry.find("sfstream.replay.store_unavailable").gauge()).isNull();
    }

    private static final class RecordingStore implements ReplayStore {
        final List<String> writes = new CopyOnWriteArrayList<>();
        final ConcurrentHashMap<String, Long> values = new ConcurrentHashMap<>();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public OptionalLong load(String channel) {
            if (down.get()) {
                throw new ReplayStoreException("store down", null);
            }
            Long value = values.get(channel);
            return value == null ? OptionalLong.empty() : OptionalLong.of(value);
        }

        @Override
        public void save(String channel, long replayId) {
            if (down.get()) {
                throw new ReplayStoreException("store down", null);
            }
            values.put(channel, replayId);
            writes.add(channel + "=" + replayId);
        }
    }
}
