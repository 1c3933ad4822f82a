package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayStoreException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The replay store going down mid-stream does not stop streaming; commits resume when it is back. */
class ReplayStoreOutageTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void streamingGoesOnAndTheWatermarkIsWrittenOnceTheStoreIsBack(Emulator emulator) throws Exception {
        OutageStore store = new OutageStore();
        try (SessionProbe probe = new SessionProbe(emulator, FastSettings.fast(), store).started()) {
            probe.awaitAll(probe.publish(2));
            store.down.set(true);
            List<Long> duringOutage = probe.publish(5);
            probe.awaitAll(duringOutage);
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.counter("sfstream.replay.commit_failures") > 0);
            assertThat(probe.session.state()).isEqualTo(StreamingState.CONNECTED);
            store.down.set(false);
            long last = duringOutage.get(duringOutage.size() - 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> store.load(EmulatorControl.CHANNEL).orElse(0) == last);
        }
    }

    /** An in-memory store that fails like an unreachable Redis while {@link #down} is set. */
    private static final class OutageStore implements ReplayStore {
        final AtomicBoolean down = new AtomicBoolean();
        private final InMemoryReplayStore values = new InMemoryReplayStore();

        @Override
        public OptionalLong load(String channel) {
            failIfDown();
            return values.load(channel);
        }

        @Override
        public void save(String channel, long replayId) {
            failIfDown();
            values.save(channel, replayId);
        }

        private void failIfDown() {
            if (down.get()) {
                throw new ReplayStoreException("store unreachable", null);
            }
        }
    }
}
