package dev.sfstream.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelKeysTest {
    @Test
    void aKeyWithinATypoOfAKnownKeyIsWarnedAboutNamingBoth() {
        assertThat(TopLevelKeys.warnings(List.of("max_wokers", "AMQP_URL", "SALESFORSE", "amqp_uri")))
                .containsExactly(
                        "Config key `max_wokers` is not known; did you mean `max_workers`?",
                        "Config key `AMQP_URL` is not known; did you mean `AMQP_URI`?",
                        "Config key `SALESFORSE` is not known; did you mean `SALESFORCE`?",
                        "Config key `amqp_uri` is not known; did you mean `AMQP_URI`?");
    }

    @Test
    void knownKeysAndOtherExtensionsKeysAreLeftAlone() {
        assertThat(TopLevelKeys.warnings(List.of("AMQP_URI", "max_workers", "MAX_WORKERS", "SALESFORCE",
                "AMQP_PUBLISH_RETRIES", "LOGGING", "serializer", "REDIS_URIS", "DB_URIS", "SENTRY",
                "WEB_SERVER_ADDRESS")))
                .isEmpty();
    }

    @Test
    void theNearMissOfAMissingKeyIsTheClosestUnknownKey() {
        assertThat(TopLevelKeys.nearMiss(List.of("AMQP_URI", "SALESFROCE", "SALESFORSE"), "SALESFORCE"))
                .contains("SALESFORSE");
        assertThat(TopLevelKeys.nearMiss(List.of("AMQP_URI", "SALES"), "SALESFORCE")).isEmpty();
    }
}
