package dev.sfstream.emulator.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRuleParserTest {
    @Test
    void aKnownErrorGetsSalesforcesAdviceByDefault() {
        FaultRule rule = FaultRuleParser.parse(Map.of("channel", "/meta/connect", "error", "403::Unknown client"));

        assertThat(rule.bayeuxError().advice()).isEqualTo(Map.of("interval", 0L, "reconnect", "handshake"));
        assertThat(rule.times()).isEqualTo(1);
        assertThat(rule.isBayeuxLevel()).isTrue();
    }

    @Test
    void anExplicitEmptyAdviceSendsNone() {
        FaultRule rule = FaultRuleParser.parse(Map.of("channel", "/meta/subscribe", "error", "403::Restricted channel",
                "advice", Map.of(), "times", 3));

        assertThat(rule.bayeuxError().advice()).isEmpty();
        assertThat(rule.times()).isEqualTo(3);
    }

    @Test
    void readsHttpFaults() {
        FaultRule rule = FaultRuleParser.parse(Map.of("path", "/services/data", "status", 503, "delayMs", 20,
                "times", -1));

        assertThat(rule.httpStatus()).isEqualTo(503);
        assertThat(rule.delayMillis()).isEqualTo(20);
        assertThat(rule.isHttpLevel()).isTrue();
    }

    @Test
    void refusesBadFaultsNamingTheKey() {
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("channel", "/meta/connect", "statuss", 1)))
                .hasMessageContaining("'statuss'");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("channel", "/meta/connect", "status", "x")))
                .hasMessageContaining("'status'");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("status", 500)))
                .hasMessageContaining("'channel' or 'path'");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("path", "/x", "error", "403::Unknown client")))
                .hasMessageContaining("'channel'");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("channel", "/meta/connect", "status", 500, "drop", true)))
                .hasMessageContaining("at most one");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("channel", "/meta/connect", "malformed", "nope")))
                .hasMessageContaining("'malformed'");
        assertThatThrownBy(() -> FaultRuleParser.parse(Map.of("channel", "/meta/subscribe", "disconnect", true)))
                .hasMessageContaining("/meta/connect");
    }
}
