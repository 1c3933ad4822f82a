package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreatedDatesTest {
    @Test
    void formatsInUtcWithMillisecondsLikeSalesforce() {
        CreatedDates dates = new CreatedDates();

        assertThat(dates.format(Instant.parse("2020-12-11T13:44:56.891123Z"))).isEqualTo("2020-12-11T13:44:56.891Z");
        assertThat(dates.format(Instant.parse("2020-12-11T13:44:56.891999Z"))).isEqualTo("2020-12-11T13:44:56.891Z");
        assertThat(dates.format(Instant.parse("2020-12-11T13:44:57Z"))).isEqualTo("2020-12-11T13:44:57.000Z");
    }
}
