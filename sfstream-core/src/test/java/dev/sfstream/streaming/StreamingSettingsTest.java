package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamingSettingsTest {
    @Test
    void defaultsFollowTheOriginal() {
        StreamingSettings defaults = StreamingSettings.defaults();
        assertThat(defaults.connection().apiVersion()).isEqualTo("37.0");
        assertThat(defaults.delivery().maxWorkers()).isEqualTo(10);
        assertThat(defaults.delivery().handlerRetries()).isEqualTo(3);
        assertThat(defaults.replay().replayDefault()).isEqualTo(ReplayDefault.NEW);
        assertThat(defaults.replay().replayFallback()).isEqualTo(ReplayFallback.ALL);
        assertThat(defaults.connection().maxMessageSize()).isGreaterThanOrEqualTo(10 * 1024 * 1024);
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> StreamingSettings.defaults().withApiVersion("36.0"))
                .hasMessageContaining("API_VERSION").hasMessageContaining("36.0");
        assertThatThrownBy(() -> StreamingSettings.defaults().withMaxWorkers(0)).hasMessageContaining("max_workers");
        assertThatThrownBy(() -> StreamingSettings.defaults().withHandlerRetries(-1))
                .hasMessageContaining("HANDLER_RETRIES");
        assertThatThrownBy(() -> StreamingSettings.defaults().withMaxMessageSize(1024))
                .hasMessageContaining("maxMessageSize");
        assertThatThrownBy(() -> StreamingSettings.defaults().withReconnectBackOffCap(Duration.ofMillis(1)))
                .hasMessageContaining("reconnectBackOffCap");
        assertThatThrownBy(() -> StreamingSettings.defaults().withOutageLimit(Duration.ofSeconds(-1)))
                .hasMessageContaining("DEPENDENCY_OUTAGE_LIMIT");
    }

    @Test
    void parsesTheConfigValues() {
        assertThat(ReplayDefault.parse("ALL").replayId()).isEqualTo(-2);
        assertThat(ReplayDefault.parse("new").replayId()).isEqualTo(-1);
        assertThat(ReplayFallback.parse("fail")).isEqualTo(ReplayFallback.FAIL);
        assertThatThrownBy(() -> ReplayFallback.parse("later")).hasMessageContaining("REPLAY_FALLBACK")
                .hasMessageContaining("later");
        assertThatThrownBy(() -> ReplayDefault.parse("x")).hasMessageContaining("REPLAY_DEFAULT");
    }
}
