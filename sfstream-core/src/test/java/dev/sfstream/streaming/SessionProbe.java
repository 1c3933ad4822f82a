package dev.sfstream.streaming;

import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test helper: a streaming session on the emulator's change-event channel that records what it sees. */
final class SessionProbe implements AutoCloseable {
    final Emulator emulator;
    final EmulatorControl control;
    final EmulatorSessions sessions;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    final Set<Long> replayIds = ConcurrentHashMap.newKeySet();
    final List<StateChange> changes = new CopyOnWriteArrayList<>();
    final StreamingSession session;

    SessionProbe(Emulator emulator, StreamingSettings settings, ReplayStore store) {
        this.emulator = emulator;
        this.control = new EmulatorControl(emulator);
        this.sessions = new EmulatorSessions(emulator);
        this.session = StreamingSession.builder(sessions).settings(settings).replayStore(store).meterRegistry(registry)
                .name("probe").build();
        session.addStateListener(changes::add);
        session.subscribe(EmulatorControl.CHANNEL, event -> {
            events.add(event);
            replayIds.add(event.replayId());
        });
    }

    SessionProbe(Emulator emulator) {
        this(emulator, FastSettings.fast(), new InMemoryReplayStore());
    }

    SessionProbe started() throws InterruptedException {
        session.start();
        if (!session.awaitSubscribed(Duration.ofSeconds(20))) {
            throw new AssertionError("not subscribed: " + session.state() + " " + session.failure() + " " + changes);
        }
        return this;
    }

    /** Publishes {@code count} events and returns their replay ids. */
    List<Long> publish(int count) {
        List<Long> ids = new CopyOnWriteArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(control.publish("001R" + (i % 7), i));
        }
        return ids;
    }

    void awaitAll(List<Long> ids) {
        await().atMost(Duration.ofSeconds(20)).until(() -> replayIds.containsAll(ids));
    }

    long handshakes() {
        return StreamingSessionTest.bodies(emulator, "/meta/handshake").size();
    }

    double counter(String name) {
        return registry.get(name).counter().count();
    }

    /** When the session last became CONNECTED after {@code since}; null if it has not. */
    Instant connectedAfter(Instant since) {
        return changes.stream().filter(c -> c.to() == StreamingState.CONNECTED && !c.at().isBefore(since))
                .map(StateChange::at).findFirst().orElse(null);
    }

    boolean sawState(StreamingState state) {
        return changes.stream().anyMatch(c -> c.to() == state);
    }

    void assertNoDuplicates() {
        List<Long> all = events.stream().map(StreamEvent::replayId).toList();
        if (all.size() != Set.copyOf(all).size()) {
            throw new AssertionError("duplicates handled: " + all);
        }
    }

    @Override
    public void close() {
        session.stop();
    }
}
