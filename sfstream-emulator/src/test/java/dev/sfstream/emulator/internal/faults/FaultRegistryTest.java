package dev.sfstream.emulator.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRegistryTest {
    private final FaultRegistry registry = new FaultRegistry();

    @Test
    void aFaultIsUsedUpAfterItsTimes() {
        registry.add(FaultRuleParser.parse(Map.of("channel", "/meta/connect", "status", 502, "times", 2)));

        assertThat(registry.take(rule -> true)).isPresent();
        assertThat(registry.list()).singleElement().extracting(FaultRule::times).isEqualTo(1);
        assertThat(registry.take(rule -> true)).isPresent();
        assertThat(registry.take(rule -> true)).isEmpty();
        assertThat(registry.isEmpty()).isTrue();
    }

    @Test
    void aNegativeTimesFaultStaysUntilCleared() {
        registry.add(FaultRuleParser.parse(Map.of("path", "/cometd", "delayMs", 1, "times", -1)));

        for (int i = 0; i < 5; i++) {
            assertThat(registry.take(rule -> true)).isPresent();
        }
        registry.clear();
        assertThat(registry.take(rule -> true)).isEmpty();
    }

    @Test
    void onlyMatchingFaultsAreTaken() {
        registry.add(FaultRuleParser.parse(Map.of("channel", "/meta/connect", "status", 502)));

        assertThat(registry.take(rule -> "/meta/subscribe".equals(rule.channel()))).isEmpty();
        assertThat(registry.list()).hasSize(1);
    }

    @Test
    void malformedBodiesAreWhatTheyClaim() {
        assertThat(new String(MalformedResponse.EMPTY_ARRAY.body(null))).isEqualTo("[]");
        assertThat(new String(MalformedResponse.NOT_ARRAY.body(null))).startsWith("{");
        assertThat(new String(MalformedResponse.HUGE_BATCH.body("/topic/X"))).contains("\"channel\":\"/topic/X\"");
    }
}
