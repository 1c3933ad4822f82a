package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.SalesforceSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SALESFORCE keys that choose and place the Pub/Sub transport. */
class TransportConfigTest {
    @Test
    void cometdOverSalesforcesEndpointIsTheDefault() {
        SalesforceSettings settings = SalesforceSettings.from(config(Map.of()));
        assertThat(settings.transport()).isEqualTo("cometd");
        assertThat(settings.pubSubHost()).isEqualTo("api.pubsub.salesforce.com");
        assertThat(settings.pubSubPort()).isEqualTo(7443);
        assertThat(settings.pubSubPlaintext()).isFalse();
        assertThat(settings.pubSubBatchSize()).isEqualTo(100);
    }

    @Test
    void theKeysReachTheTransportsSettings() {
        SalesforceSettings settings = SalesforceSettings.from(config(Map.of("TRANSPORT", "PubSub",
                "PUBSUB_HOST", "127.0.0.1", "PUBSUB_PORT", "7000", "PUBSUB_PLAINTEXT", "true",
                "PUBSUB_BATCH_SIZE", 25)));
        assertThat(settings.transport()).isEqualTo("pubsub");
        PubSubSettings pubSub = PubSubSettings.defaults().with(Map.of("PUBSUB_HOST", settings.pubSubHost(),
                "PUBSUB_PORT", String.valueOf(settings.pubSubPort()), "PUBSUB_PLAINTEXT",
                String.valueOf(settings.pubSubPlaintext()), "PUBSUB_BATCH_SIZE",
                String.valueOf(settings.pubSubBatchSize())));
        assertThat(pubSub).isEqualTo(new PubSubSettings("127.0.0.1", 7000, true, 25, Duration.ofSeconds(300)));
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> SalesforceSettings.from(config(Map.of("TRANSPORT", "grpc"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("`SALESFORCE.TRANSPORT`")
                .hasMessageContaining("grpc");
        assertThatThrownBy(() -> SalesforceSettings.from(config(Map.of("PUBSUB_BATCH_SIZE", 500))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("PUBSUB_BATCH_SIZE");
        assertThatThrownBy(() -> SalesforceSettings.from(config(Map.of("PUBSUB_PORT", 70000))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("PUBSUB_PORT");
    }

    @Test
    void theProviderRefusesWhatPubSubDoesNotCarry() {
        PubSubTransportProvider provider = new PubSubTransportProvider();
        assertThat(provider.refuses("/topic/AccountNames")).contains("PushTopic");
        assertThat(provider.refuses("/u/Broadcast")).contains("generic streaming");
        assertThat(provider.refuses("/event/Order__e")).isNull();
        assertThat(provider.refuses("/data/ChangeEvents")).isNull();
    }

    private static Map<String, Object> config(Map<String, Object> extra) {
        Map<String, Object> section = new LinkedHashMap<>(Map.of("USERNAME", "u", "PASSWORD", "p",
                "SECURITY_TOKEN", "t", "SANDBOX", false));
        section.putAll(extra);
        return Map.of("SALESFORCE", section);
    }
}
