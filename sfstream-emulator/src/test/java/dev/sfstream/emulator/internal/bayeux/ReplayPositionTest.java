package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayPositionTest {
    private static final String CHANNEL = "/topic/X";

    @Test
    void readsTheEntryOfTheChannel() {
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, -2L)), CHANNEL))
                .isInstanceOf(ReplayPosition.AllRetained.class);
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, -1)), CHANNEL))
                .isInstanceOf(ReplayPosition.NewOnly.class);
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, 42)), CHANNEL))
                .isEqualTo(new ReplayPosition.After(42));
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, " 7 ")), CHANNEL))
                .isEqualTo(new ReplayPosition.After(7));
    }

    @Test
    void absentMeansNewOnlyAndGarbageIsUnusable() {
        assertThat(ReplayPosition.of(null, CHANNEL)).isInstanceOf(ReplayPosition.NewOnly.class);
        assertThat(ReplayPosition.of(Map.of("replay", true), CHANNEL)).isInstanceOf(ReplayPosition.NewOnly.class);
        assertThat(ReplayPosition.of(Map.of("replay", Map.of("/topic/Y", 3)), CHANNEL))
                .isInstanceOf(ReplayPosition.NewOnly.class);
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, 1.5)), CHANNEL))
                .isEqualTo(new ReplayPosition.Unusable("1.5"));
        assertThat(ReplayPosition.of(Map.of("replay", Map.of(CHANNEL, Map.of())), CHANNEL))
                .isEqualTo(new ReplayPosition.Unusable("{}"));
    }
}
