package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A server that breaks Salesforce's keepalive rule (a keepalive naming the newest replay id while events the stream
 * owes are available) cannot make the client lose those events: it saves no such position from one keepalive, and
 * an event at or below a position it did save is delivered with a warning, not dropped as a duplicate.
 */
class MisbehavingKeepaliveTest {
    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    private final InMemoryReplayStore store = new InMemoryReplayStore();
    private final Set<Long> received = ConcurrentHashMap.newKeySet();
    private final List<Long> published = new ArrayList<>();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger guardLog = (Logger) LoggerFactory.getLogger("dev.sfstream.pubsub.internal.KeepaliveGuard");
    private PubSubFixture fixture;
    private StreamingSession session;

    @BeforeEach
    void start(Emulator emulator) throws Exception {
        lines.start();
        guardLog.addAppender(lines);
        fixture = new PubSubFixture(emulator);
        session = fixture.session(store).build();
        session.subscribe(PubSubFixture.ORDERS, event -> received.add(event.replayId()));
        session.start();
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        long first = fixture.publishOrder(0);
        // Caught up and idle: nothing in flight, so a keepalive position would be applied at once.
        await().atMost(Duration.ofSeconds(20)).until(() -> session.committedReplayId(PubSubFixture.ORDERS).orElse(0) >= first);
    }

    @AfterEach
    void stop() {
        session.stop();
        fixture.close();
        guardLog.detachAppender(lines);
    }

    @Test
    void oneKeepaliveAheadOfOwedEventsIsNotSavedAndTheEventsArrive() {
        keepalivesAheadOfFiveOwedEvents(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void eventsAtOrBelowASavedKeepalivePositionAreDeliveredWithOneWarning() {
        keepalivesAheadOfFiveOwedEvents(3);

        await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
        await().atMost(Duration.ofSeconds(20)).until(() -> session.committedReplayId(PubSubFixture.ORDERS).orElse(0)
                >= published.get(published.size() - 1));
        assertThat(warnings()).singleElement().satisfies(line -> assertThat(line)
                .contains(PubSubFixture.ORDERS).contains(String.valueOf(published.get(0)))
                .contains(String.valueOf(published.get(published.size() - 1))));
    }

    /** Stalls the stream, publishes five events, has it send {@code count} keepalives naming the last, ends the stall. */
    private void keepalivesAheadOfFiveOwedEvents(int count) {
        fixture.control("/__emulator__/pubsub/faults", "{\"stall\": true}");
        for (int i = 1; i <= 5; i++) {
            published.add(fixture.publishOrder(i));
        }
        fixture.control("/__emulator__/pubsub/streams/keepalive-ahead", "{\"count\": " + count + "}");
        fixture.clearFaults();
    }

    private List<String> warnings() {
        return lines.list.stream().filter(line -> line.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
