package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayDefault;
import java.time.Duration;
import java.util.Map;
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
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            fixture.assertStreamLostBeforeFirstEventMissesNothing(new InMemoryReplayStore(),
                    PubSubFixture.fastSettings().withReplayDefault(ReplayDefault.NEW), (session, during) ->
                            assertThat(session.committedReplayId(PubSubFixture.ORDERS))
                                    .hasValue(during.get(during.size() - 1)));
        }
    }
}
