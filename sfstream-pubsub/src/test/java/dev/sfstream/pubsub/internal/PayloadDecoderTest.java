package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Platform event datetimes are written exactly as CometD shows them. */
class PayloadDecoderTest {
    private static final DateTimeFormatter COMETD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void anEventTimeIsWrittenAsCometdWritesIt() {
        assertThat(PayloadDecoder.eventTime(Instant.parse("2024-01-31T10:00:00Z"))).isEqualTo("2024-01-31T10:00:00.000Z");
        assertThat(PayloadDecoder.eventTime(Instant.parse("2026-12-03T09:05:07.045Z")))
                .isEqualTo("2026-12-03T09:05:07.045Z");
        assertThat(PayloadDecoder.eventTime(Instant.ofEpochMilli(0))).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void everyInstantMatchesThePatternCometdUses() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-70_000_000_000_000L, 300_000_000_000_000L));
            assertThat(PayloadDecoder.eventTime(instant)).as("%s", instant).isEqualTo(COMETD.format(instant));
        }
    }
}
