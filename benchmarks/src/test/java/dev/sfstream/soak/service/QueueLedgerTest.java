package dev.sfstream.soak.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.soak.DeliveryLedger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueLedgerTest {
    private static final String CHANNEL = "/event/X__e";

    @Test
    void comparesTheQueueWithWhatWasHandled() {
        DeliveryLedger handled = new DeliveryLedger();
        QueueLedger queue = new QueueLedger();
        handled.handled(CHANNEL, 1);
        handled.handled(CHANNEL, 2);
        handled.handled(CHANNEL, 3);
        queue.delivered(CHANNEL, 1);
        queue.delivered(CHANNEL, 1);
        queue.delivered(CHANNEL, 3);
        queue.delivered(CHANNEL, 7);
        queue.unreadable();

        assertThat(queue.deliveredCount()).isEqualTo(3);
        assertThat(queue.duplicates()).isEqualTo(1);
        assertThat(queue.lostCount(handled)).isEqualTo(1);
        assertThat(queue.lostSample(handled)).isEqualTo(Map.of(CHANNEL, List.of(2L)));
        assertThat(queue.unknownCount(handled)).isEqualTo(1);
        assertThat(queue.unreadableCount()).isEqualTo(1);
    }
}
