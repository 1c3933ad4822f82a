package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A LATEST channel that loses its stream before it has a position misses nothing published meanwhile. */
class NewOnlyStartTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder
            .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER))
            .pubSubTimers(new PubSubTimers(Duration.ofSeconds(60), Duration.ofSeconds(3), Duration.ofSeconds(3))));

    @Test
    void eventsPublishedWhileTheFirstStreamWasDownArriveAndOlderOnesAreNot(Emulator emulator) throws Exception {
        Set<Long> received = ConcurrentHashMap.newKeySet();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            List<Long> before = fixture.publishOldOrders(3);
            try (StreamingSession session = fixture.session(new InMemoryReplayStore())
                    .settings(PubSubFixture.fastSettings().withReplayDefault(ReplayDefault.NEW)).build()) {
                session.subscribe(PubSubFixture.ORDERS, event -> received.add(event.replayId()));
                session.start();
                assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
                List<Long> during = fixture.publishWhileStreamsAreDown(5);
                await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(during));
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                        .until(() -> received.size() == during.size());
                assertThat(received).doesNotContainAnyElementsOf(before);
                assertThat(session.committedReplayId(PubSubFixture.ORDERS)).hasValue(during.get(during.size() - 1));
            }
        }
    }
}
