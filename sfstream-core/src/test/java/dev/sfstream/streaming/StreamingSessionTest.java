package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.replay.InMemoryReplayStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamingSessionTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private StreamingSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.stop();
        }
    }

    @Test
    void handlesOneEventAndKeepsPolling(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        List<StreamEvent> events = new CopyOnWriteArrayList<>();
        List<StateChange> changes = new CopyOnWriteArrayList<>();
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast())
                .build();
        session.addStateListener(changes::add);
        session.subscribe(EmulatorControl.CHANNEL, events::add);
        session.start();
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        long replayId = control.publish("001A", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 1);
        assertThat(events.get(0).replayId()).isEqualTo(replayId);
        assertThat(events.get(0).channel()).isEqualTo(EmulatorControl.CHANNEL);
        assertThat(session.lastEventTime(EmulatorControl.CHANNEL)).isPresent();
        await().until(() -> session.committedReplayId(EmulatorControl.CHANNEL).orElse(0) == replayId);
        long second = control.publish("001B", 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 2);
        assertThat(events.get(1).replayId()).isEqualTo(second);
        assertThat(changes).extracting(StateChange::to).containsExactly(StreamingState.CONNECTED);
        assertThat(session.clientId()).hasValueSatisfying(clientId -> assertThat(bodies(emulator, "/meta/connect"))
                .last().asString().contains("\"clientId\":\"" + clientId + "\""));
        assertThat(emulator.requests().stream().filter(r -> r.path().startsWith("/cometd/37.0")).toList())
                .isNotEmpty().allSatisfy(request -> assertThat(request.header("Authorization"))
                        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer ")));
    }

    @Test
    void handlesABatchInOrderAndCommitsTheLastReplayId(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        List<Long> seen = new CopyOnWriteArrayList<>();
        InMemoryReplayStore store = new InMemoryReplayStore();
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast())
                .replayStore(store).build();
        session.subscribe(EmulatorControl.CHANNEL, event -> seen.add(event.replayId()));
        session.start();
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        long last = 0;
        for (int i = 0; i < 50; i++) {
            last = control.publish("001SAME", i);
        }
        long lastId = last;
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 50);
        assertThat(seen).isSorted();
        await().until(() -> store.load(EmulatorControl.CHANNEL).orElse(0) == lastId);
    }

    @Test
    void reconnectsAfterAnEmptyHoldAndSendsAnExplicitStartPosition(Emulator emulator) throws Exception {
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast())
                .build();
        session.subscribe(EmulatorControl.CHANNEL, event -> { });
        session.start();
        assertThat(session.awaitConnected(Duration.ofSeconds(10))).isTrue();
        Duration hold = emulator.timers().holdTimeout();
        await().atMost(hold.multipliedBy(4)).until(() -> connects(emulator) >= 4);
        assertThat(session.state()).isEqualTo(StreamingState.CONNECTED);
        assertThat(bodies(emulator, "/meta/subscribe")).anySatisfy(body -> assertThat(body)
                .contains("\"replay\":{\"" + EmulatorControl.CHANNEL + "\":-1}"));
    }

    @Test
    void aReplayOverlapIsHandledOnce(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        List<Long> seen = new CopyOnWriteArrayList<>();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        InMemoryReplayStore store = new InMemoryReplayStore();
        long stored = control.publish("001A", 0);
        control.publish("001A", 1);
        control.publish("001A", 2);
        control.publish("001A", 3);
        store.save(EmulatorControl.CHANNEL, stored);
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast())
                .replayStore(store).meterRegistry(registry).build();
        session.subscribe(EmulatorControl.CHANNEL, event -> seen.add(event.replayId()));
        session.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 3);
        // The server drops the session: the resubscribe replays from the watermark, nothing twice.
        new EmulatorControl(emulator).dropSessions();
        long fourth = control.publish("001A", 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(fourth));
        assertThat(seen).doesNotHaveDuplicates().hasSize(4);
    }

    static long connects(Emulator emulator) {
        return bodies(emulator, "/meta/connect").size();
    }

    @Test
    void aChannelSubscribedAfterTheHandshakeButBeforeTheFirstConnectReplyIsSubscribedOnce(Emulator emulator)
            throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        control.fault("{\"channel\":\"/meta/connect\",\"delayMs\":2000,\"times\":1}");
        List<StreamEvent> events = new CopyOnWriteArrayList<>();
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast()).build();
        session.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> session.clientId().isPresent());
        assertThat(session.state()).isEqualTo(StreamingState.STARTING);
        session.subscribe(EmulatorControl.CHANNEL, events::add);
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        long replayId = control.publish("001A", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 1);
        assertThat(events.get(0).replayId()).isEqualTo(replayId);
        await().until(() -> session.committedReplayId(EmulatorControl.CHANNEL).orElse(0) == replayId);
        assertThat(events).hasSize(1);
        assertThat(bodies(emulator, "/meta/subscribe")).hasSize(1);
    }

    @Test
    void aChannelSubscribedWhileTheHandshakeIsUnderWayResumesFromItsStoredReplayId(Emulator emulator)
            throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        long handled = control.publish("001A", 1);
        long next = control.publish("001B", 2);
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save(EmulatorControl.CHANNEL, handled);
        control.fault("{\"channel\":\"/meta/handshake\",\"delayMs\":2000,\"times\":1}");
        List<StreamEvent> events = new CopyOnWriteArrayList<>();
        session = StreamingSession.builder(new EmulatorSessions(emulator)).settings(FastSettings.fast())
                .replayStore(store).build();
        session.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !bodies(emulator, "/meta/handshake").isEmpty());
        session.subscribe(EmulatorControl.CHANNEL, events::add);
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        assertThat(bodies(emulator, "/meta/subscribe")).singleElement().asString()
                .contains("\"" + EmulatorControl.CHANNEL + "\":" + handled);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 1);
        assertThat(events.get(0).replayId()).isEqualTo(next);
    }

    static List<String> bodies(Emulator emulator, String metaChannel) {
        return emulator.requests().stream().map(RecordedRequest::body)
                .filter(body -> body != null && body.contains("\"channel\":\"" + metaChannel + "\"")).toList();
    }
}
