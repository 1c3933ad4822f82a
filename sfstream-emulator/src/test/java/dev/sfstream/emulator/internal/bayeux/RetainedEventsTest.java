package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.RetainedEvents.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetainedEventsTest {
    @Test
    void holdsAHundredThousandEventsAndFindsAnyPosition() {
        RetainedEvents events = new RetainedEvents(1);
        for (int i = 0; i < 100_000; i++) {
            events.append(i, json("{\"n\":" + i + "}"));
        }

        assertThat(events.size()).isEqualTo(100_000);
        assertThat(events.contains(50_000)).isTrue();
        assertThat(events.after(99_998)).extracting(StoredEvent::replayId).containsExactly(99_999L, 100_000L);
        assertThat(events.all()).hasSize(100_000).first().extracting(StoredEvent::replayId).isEqualTo(1L);
    }

    @Test
    void expiresTheOldestEventsAndKeepsNumbering() {
        RetainedEvents events = new RetainedEvents(3_000_000_001L);
        for (int i = 0; i < 10; i++) {
            events.append(i * 1000L, json("{}"));
        }

        events.expireBefore(5000);
        long next = events.append(20_000, json("{}"));

        assertThat(events.contains(3_000_000_004L)).isFalse();
        assertThat(events.all()).extracting(StoredEvent::replayId).first().isEqualTo(3_000_000_006L);
        assertThat(next).isEqualTo(3_000_000_011L);
        assertThat(events.size()).isEqualTo(6);
    }

    @Test
    void reusesSpaceFreedByExpiryWhileAppending() {
        RetainedEvents events = new RetainedEvents(1);
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 100; i++) {
                events.append(round, json("{\"round\":" + round + "}"));
            }
            events.expireBefore(round);
        }

        List<StoredEvent> kept = events.all();
        assertThat(kept).hasSize(100);
        assertThat(kept.get(0).replayId()).isEqualTo(4901L);
        assertThat(kept.get(99).dataJson()).isEqualTo(json("{\"round\":49}"));
    }

    @Test
    void afterAnIdBetweenRetainedOnesStartsAtTheNextOne() {
        RetainedEvents events = new RetainedEvents(1);
        events.append(0, json("{}"));
        events.append(0, json("{}"));

        assertThat(events.after(0)).hasSize(2);
        assertThat(events.after(5)).isEmpty();
    }

    @Test
    void trimmingKeepsTheNewestEvents() {
        RetainedEvents events = new RetainedEvents(1);
        for (int i = 0; i < 1000; i++) {
            events.append(i, json("{}"));
            events.trimTo(10);
        }

        assertThat(events.size()).isEqualTo(10);
        assertThat(events.all()).extracting(StoredEvent::replayId).first().isEqualTo(991L);
        assertThat(events.contains(990)).isFalse();
    }

    @Test
    void eachEventKeepsItsAudienceThroughCompactionAndGrowth() {
        RetainedEvents events = new RetainedEvents(1);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 100; i++) {
                events.append(round, json("{}"), i % 2 == 0 ? Set.of() : Set.of("005xx000001SwjAAAS"));
            }
            events.expireBefore(round - 1);
        }

        List<StoredEvent> kept = events.all();
        assertThat(kept).hasSize(200);
        for (StoredEvent event : kept) {
            assertThat(event.audience()).as("audience of replay id %d", event.replayId())
                    .isEqualTo(event.replayId() % 2 == 1 ? Set.of() : Set.of("005xx000001SwjAAAS"));
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
