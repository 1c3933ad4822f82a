package dev.sfstream.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmqpConfigTest {
    @Test
    void defaultsFollowNameko() {
        AmqpConfig config = AmqpConfig.from(Map.of("AMQP_URI", "pyamqp://guest:guest@localhost"));

        assertThat(config.heartbeatSeconds()).isEqualTo(60);
        assertThat(config.maxWorkers()).isEqualTo(10);
        assertThat(config.declareEventExchanges()).isTrue();
        assertThat(config.autoDeleteEventExchanges()).isFalse();
        assertThat(config.tls()).isEmpty();
        assertThat(config.confirmTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.publishRetries()).isEqualTo(5);
        assertThat(config.broadcastIdentifier()).isEmpty();
    }

    @Test
    void readsNamekoKeysAsWrittenInYamlOrInterpolatedAsStrings() {
        AmqpConfig config = AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "HEARTBEAT", "20", "max_workers", 4,
                "AUTO_DELETE_EVENT_EXCHANGES", true, "DECLARE_EVENT_EXCHANGES", "false", "AMQP_CONFIRM_TIMEOUT", 0.5,
                "BROADCAST_IDENTIFIER", "worker-3"));

        assertThat(config.heartbeatSeconds()).isEqualTo(20);
        assertThat(config.maxWorkers()).isEqualTo(4);
        assertThat(config.autoDeleteEventExchanges()).isTrue();
        assertThat(config.declareEventExchanges()).isFalse();
        assertThat(config.confirmTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.broadcastIdentifier()).contains("worker-3");
    }

    @Test
    void heartbeatInTheUriWins() {
        assertThat(AmqpConfig.from(Map.of("AMQP_URI", "amqp://h?heartbeat=5", "HEARTBEAT", 30)).heartbeatSeconds())
                .isEqualTo(5);
    }

    @Test
    void tlsFromTheSchemeOrAmqpSsl() {
        assertThat(AmqpConfig.of("amqps://h").tls()).contains(TlsSettings.DEFAULT);
        assertThat(AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "AMQP_SSL", true)).tls()).contains(TlsSettings.DEFAULT);
        assertThat(AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "AMQP_SSL", Map.of("ca_certs", "/etc/ca.pem")))
                .tls().orElseThrow().caCertificates()).hasValueSatisfying(path -> assertThat(path).hasToString("/etc/ca.pem"));
    }

    @Test
    void errorsNameTheKey() {
        assertThatThrownBy(() -> AmqpConfig.from(Map.of())).hasMessage("AMQP_URI is missing from the configuration");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "max_workers", "many")))
                .hasMessageContaining("max_workers");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "max_workers", 0)))
                .hasMessageContaining("max_workers");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "HEARTBEAT", 1.5)))
                .hasMessageContaining("HEARTBEAT");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "DECLARE_EVENT_EXCHANGES", "maybe")))
                .hasMessageContaining("DECLARE_EVENT_EXCHANGES");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "AMQP_SSL", Map.of("keyfile", "k"))))
                .hasMessageContaining("AMQP_SSL.keyfile");
        assertThatThrownBy(() -> AmqpConfig.from(Map.of("AMQP_URI", "amqp://h", "BROADCAST_IDENTIFIER", " ")))
                .hasMessageContaining("BROADCAST_IDENTIFIER");
    }
}
