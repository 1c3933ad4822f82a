package dev.sfstream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SalesforceSettingsTest {
    private static Map<String, Object> minimal() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("USERNAME", "user@example.com");
        section.put("PASSWORD", "s3cret-pass");
        section.put("SECURITY_TOKEN", "tok3n");
        section.put("SANDBOX", false);
        return section;
    }

    private static Map<String, Object> config(Map<String, Object> section) {
        return Map.of("SALESFORCE", section);
    }

    @Test
    void readsTheOriginalKeys() {
        Map<String, Object> section = minimal();
        section.put("SANDBOX", true);
        section.put("API_VERSION", 60);
        section.put("BAYEUX_VERSION", "1.0");
        section.put("BAYEUX_MINIMUM_VERSION", "0.9");
        SalesforceSettings settings = SalesforceSettings.from(config(section));
        assertThat(settings.username()).isEqualTo("user@example.com");
        assertThat(settings.password()).isEqualTo("s3cret-pass");
        assertThat(settings.securityToken()).isEqualTo("tok3n");
        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.apiVersion()).isEqualTo("60.0");
        assertThat(settings.bayeuxVersion()).isEqualTo("1.0");
        assertThat(settings.bayeuxMinimumVersion()).isEqualTo("0.9");
    }

    @Test
    void defaultsAreTheOriginalsAndSafe() {
        SalesforceSettings settings = SalesforceSettings.from(config(minimal()));
        assertThat(settings.bayeuxVersion()).isEqualTo("1.0");
        assertThat(settings.bayeuxMinimumVersion()).isEqualTo("1.0");
        assertThat(settings.apiVersion()).isEqualTo("37.0");
        assertThat(settings.replayEnabled()).isFalse();
        assertThat(settings.replayTtlSeconds()).isEqualTo(43200);
        assertThat(settings.auth()).isEqualTo(AuthFlow.SOAP);
        assertThat(settings.replayDefault()).isEqualTo(ReplayDefault.NEW);
        assertThat(settings.replayFallback()).isEqualTo(ReplayFallback.ALL);
        assertThat(settings.handlerRetries()).isEqualTo(3);
        assertThat(settings.deadLetter()).isEqualTo(DeadLetterTarget.LOG);
        assertThat(settings.leaderLeaseSeconds()).isZero();
        assertThat(settings.loginUrl()).isNull();
    }

    @Test
    void missingSectionHasTheOriginalMessage() {
        assertThatThrownBy(() -> SalesforceSettings.from(Map.of("AMQP_URI", "amqp://")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("`SALESFORCE` config key not found");
    }

    @Test
    void missingSectionNamesItsNearMissAfterTheOriginalMessage() {
        assertThatThrownBy(() -> SalesforceSettings.from(Map.of("AMQP_URI", "amqp://", "SALESFORSE", Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("`SALESFORCE` config key not found (found `SALESFORSE`: a typo?)");
        assertThatThrownBy(() -> SalesforceSettings.from(Map.of("salesforce", Map.of())))
                .hasMessage("`SALESFORCE` config key not found (found `salesforce`: a typo?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USERNAME", "PASSWORD", "SECURITY_TOKEN", "SANDBOX"})
    void missingMandatoryKeyHasTheOriginalMessage(String key) {
        Map<String, Object> section = minimal();
        section.remove(key);
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("`SALESFORCE` configuration does not contain mandatory `" + key + "` key");
    }

    @Test
    void mandatoryKeysAreCheckedInTheOriginalOrder() {
        Map<String, Object> section = minimal();
        section.remove("SANDBOX");
        section.remove("PASSWORD");
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .hasMessage("`SALESFORCE` configuration does not contain mandatory `PASSWORD` key");
    }

    @Test
    void replayEnabledWithoutUriHasTheOriginalMessage() {
        Map<String, Object> section = minimal();
        section.put("PUSHTOPIC_REPLAY_ENABLED", true);
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("`SALESFORCE` must have `PUSHTOPIC_REPLAY_REDIS_URI` defined if "
                        + "`PUSHTOPIC_REPLAY_ENABLED` is set to `True`");
    }

    @Test
    void replayEnabledReadsUriAndTtl() {
        Map<String, Object> section = minimal();
        section.put("PUSHTOPIC_REPLAY_ENABLED", "True");
        section.put("PUSHTOPIC_REPLAY_REDIS_URI", "redis://localhost:6379/11");
        section.put("PUSHTOPIC_REPLAY_TTL", 3600);
        SalesforceSettings settings = SalesforceSettings.from(config(section));
        assertThat(settings.replayEnabled()).isTrue();
        assertThat(settings.replayRedisUri()).isEqualTo("redis://localhost:6379/11");
        assertThat(settings.replayTtlSeconds()).isEqualTo(3600);
    }

    @Test
    void readsTheAddedKeys() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("AUTH", "client_credentials");
        section.put("CLIENT_ID", "app-id");
        section.put("CLIENT_SECRET", "app-secret");
        section.put("LOGIN_URL", "https://acme.my.salesforce.com");
        section.put("REPLAY_DEFAULT", "all");
        section.put("REPLAY_FALLBACK", "FAIL");
        section.put("HANDLER_RETRIES", 5);
        section.put("LEADER_LEASE", true);
        section.put("PUSHTOPIC_REPLAY_ENABLED", true);
        section.put("PUSHTOPIC_REPLAY_REDIS_URI", "redis://localhost:6379/11");
        SalesforceSettings settings = SalesforceSettings.from(config(section));
        assertThat(settings.auth()).isEqualTo(AuthFlow.CLIENT_CREDENTIALS);
        assertThat(settings.loginUrl()).isEqualTo("https://acme.my.salesforce.com");
        assertThat(settings.replayDefault()).isEqualTo(ReplayDefault.ALL);
        assertThat(settings.replayFallback()).isEqualTo(ReplayFallback.FAIL);
        assertThat(settings.handlerRetries()).isEqualTo(5);
        assertThat(settings.leaderLeaseSeconds()).isEqualTo(30);
    }

    @Test
    void aLeaderLeaseNeedsTheRedisReplayStore() {
        Map<String, Object> section = minimal();
        section.put("LEADER_LEASE", 10);
        assertThatThrownBy(() -> SalesforceSettings.from(config(section))).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("`SALESFORCE` must have `PUSHTOPIC_REPLAY_ENABLED` set to `True`")
                .hasMessageContaining("`LEADER_LEASE`");
    }

    @Test
    void eachFlowNamesItsMissingKey() {
        Map<String, Object> section = new LinkedHashMap<>(Map.of("AUTH", "jwt", "USERNAME", "u", "CLIENT_ID", "c"));
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .hasMessage("`SALESFORCE` configuration does not contain mandatory `JWT_KEY_FILE` key");
    }

    @Test
    void unknownKeyIsReportedWithTheClosestKnownOne() {
        Map<String, Object> section = minimal();
        section.put("PUSHTOPIC_REPLAY_ENABLE", true);
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("`SALESFORCE` configuration has unknown key `PUSHTOPIC_REPLAY_ENABLE` "
                        + "(did you mean `PUSHTOPIC_REPLAY_ENABLED`?)");
    }

    @Test
    void badValuesNameTheKey() {
        Map<String, Object> section = minimal();
        section.put("REPLAY_FALLBACK", "sometimes");
        assertThatThrownBy(() -> SalesforceSettings.from(config(section)))
                .hasMessage("`SALESFORCE.REPLAY_FALLBACK` must be one of all, new, fail, got 'sometimes'");
        Map<String, Object> badAuth = minimal();
        badAuth.put("AUTH", "kerberos");
        assertThatThrownBy(() -> SalesforceSettings.from(config(badAuth)))
                .hasMessageContaining("`SALESFORCE.AUTH` 'kerberos'");
    }

    @Test
    void toStringHidesSecrets() {
        String text = SalesforceSettings.from(config(minimal())).toString();
        assertThat(text).contains("user@example.com").doesNotContain("s3cret-pass").doesNotContain("tok3n");
    }
}
