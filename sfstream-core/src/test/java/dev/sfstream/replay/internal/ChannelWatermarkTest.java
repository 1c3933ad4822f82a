package dev.sfstream.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChannelWatermarkTest {
    @Test
    void outOfOrderCompletionNeverMovesPastAnUnfinishedEvent() {
        ChannelWatermark watermark = new ChannelWatermark();
        for (long id = 1; id <= 5; id++) {
            assertThat(watermark.receive(id)).isTrue();
        }
        watermark.complete(3);
        watermark.complete(5);
        assertThat(watermark.position()).isEmpty();
        watermark.complete(1);
        assertThat(watermark.position()).hasValue(1);
        watermark.complete(2);
        assertThat(watermark.position()).hasValue(3);
        watermark.complete(4);
        assertThat(watermark.position()).hasValue(5);
    }

    @Test
    void duplicatesOfDoneOrInFlightEventsAreRefused() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.seed(10);
        assertThat(watermark.receive(9)).isFalse();
        assertThat(watermark.receive(10)).isFalse();
        assertThat(watermark.receive(11)).isTrue();
        assertThat(watermark.receive(11)).isFalse();
        watermark.complete(11);
        assertThat(watermark.receive(11)).isFalse();
        assertThat(watermark.position()).hasValue(11);
    }

    @Test
    void anIdleChannelFollowsKeepalivesAndStillRefusesDuplicatesOfItsEvents() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.seed(10);
        watermark.reachedIdle(15);
        watermark.reachedIdle(20);
        assertThat(watermark.position()).hasValue(20);
        assertThat(watermark.receive(10)).isFalse();
        assertThat(watermark.receive(21)).isTrue();
        watermark.complete(21);
        assertThat(watermark.receive(18)).as("an event below a position events confirmed").isFalse();
    }

    @Test
    void anEventAtOrBelowAKeepalivePositionIsTakenAndWithdrawsIt() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.seed(10);
        watermark.reachedIdle(15);
        watermark.reachedIdle(20);

        assertThat(watermark.receive(12)).isTrue();
        assertThat(watermark.position()).as("back to where events had put it").hasValue(10);
        assertThat(watermark.receive(20)).isTrue();
        watermark.complete(12);
        watermark.complete(20);
        assertThat(watermark.position()).hasValue(20);
        assertThat(watermark.receive(12)).isFalse();
    }

    @Test
    void neverMovesBackwards() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.seed(100);
        watermark.complete(50);
        watermark.seed(20);
        assertThat(watermark.position()).hasValue(100);
    }

    @Test
    void restartAcceptsLowerIdsAgain() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.seed(100);
        watermark.restart();
        assertThat(watermark.position()).isEmpty();
        assertThat(watermark.receive(3)).isTrue();
        watermark.complete(3);
        assertThat(watermark.position()).hasValue(3);
    }

    @Test
    void completingAnUnknownEventChangesNothing() {
        ChannelWatermark watermark = new ChannelWatermark();
        watermark.receive(2);
        watermark.complete(1);
        assertThat(watermark.position()).isEmpty();
        assertThat(watermark.inFlight()).isEqualTo(1);
    }

    /**
     * Thousands of events received mostly in order (some late, some repeated) and completed in random
     * order, so that the window grows, wraps around and takes insertions: checked against a plain model.
     */
    @Test
    void agreesWithASimpleModelUnderRandomArrivalAndCompletion() {
        Random random = new Random(42);
        ChannelWatermark watermark = new ChannelWatermark();
        TreeMap<Long, Boolean> window = new TreeMap<>();
        long modelWatermark = Long.MIN_VALUE;
        List<Long> inFlight = new ArrayList<>();
        long next = 1_000;
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(3) > 0 || inFlight.isEmpty()) {
                long id = random.nextInt(10) == 0 ? next - random.nextInt(50) : (next += 1 + random.nextInt(3));
                boolean fresh = id > modelWatermark && !window.containsKey(id);
                assertThat(watermark.receive(id)).as("receive %d", id).isEqualTo(fresh);
                if (fresh) {
                    window.put(id, false);
                    inFlight.add(id);
                }
            } else {
                long id = inFlight.remove(random.nextInt(inFlight.size()));
                watermark.complete(id);
                window.put(id, true);
                while (!window.isEmpty() && window.firstEntry().getValue()) {
                    modelWatermark = window.pollFirstEntry().getKey();
                }
            }
            assertThat(watermark.position()).isEqualTo(modelWatermark == Long.MIN_VALUE ? OptionalLong.empty()
                    : OptionalLong.of(modelWatermark));
        }
        assertThat(watermark.inFlight()).isEqualTo(inFlight.size());
    }
}
