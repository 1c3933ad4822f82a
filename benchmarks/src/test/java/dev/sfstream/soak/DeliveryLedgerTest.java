package dev.sfstream.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.StreamEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {
    private static final String CHANNEL = "/topic/X";

    @Test
    void anEventIsAccountedForWhenHandledOrDeadLettered() {
        DeliveryLedger ledger = new DeliveryLedger();
        for (long id = 1; id <= 4; id++) {
            ledger.published(CHANNEL, id);
        }
        ledger.handled(event(1));
        ledger.handled(event(1));
        ledger.accept(new DeadLetter(event(2), 3, "java.lang.IllegalStateException: no", Instant.now()));
        ledger.handled(event(9));

        assertThat(ledger.duplicates()).isEqualTo(1);
        assertThat(ledger.missingCount()).isEqualTo(2);
        assertThat(ledger.missing()).isEqualTo(Map.of(CHANNEL, List.of(3L, 4L)));
        assertThat(ledger.unknownEvents()).isEqualTo(1);
        assertThat(ledger.deadLettersWithoutReason()).isZero();
        assertThat(ledger.lastPublished(CHANNEL)).isEqualTo(4);
    }

    @Test
    void aDeadLetterOfAnEventNotScriptedToFailIsUnexpected() {
        DeliveryLedger ledger = new DeliveryLedger();
        long refused = ScriptedFailures.ALWAYS_FAILS_EVERY;
        ledger.accept(new DeadLetter(event(refused), 3, "java.lang.IllegalStateException: refused", Instant.now()));
        ledger.accept(new DeadLetter(event(refused + 1), 3, "EventDispatchException: broker down", Instant.now()));
        for (int attempt = 0; attempt < 5; attempt++) {
            ledger.attempt(CHANNEL, refused);
            ledger.attempt(CHANNEL, refused + 2);
        }

        assertThat(ledger.unexpectedDeadLetters()).isEqualTo(1);
        assertThat(ledger.attemptedMoreThan(3)).as("only the event not scripted to fail counts").isEqualTo(1);
    }

    private static StreamEvent event(long replayId) {
        return new StreamEvent(CHANNEL, replayId, Map.of());
    }
}
