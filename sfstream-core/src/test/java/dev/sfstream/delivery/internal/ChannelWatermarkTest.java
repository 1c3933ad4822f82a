package dev.sfstream.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
