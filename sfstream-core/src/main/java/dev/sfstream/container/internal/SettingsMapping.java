package dev.sfstream.container.internal;

import dev.sfstream.auth.LoginSettings;
import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.streaming.StreamingSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Turns the checked configuration into the settings of the login flows and of the streaming session. */
public final class SettingsMapping {
    private SettingsMapping() {
    }

    /**
     * The login settings of the {@code SALESFORCE} section.
     *
     * @throws ConfigurationException when the login flow rejects a value
     */
    public static LoginSettings login(SalesforceSettings settings) {
        try {
            return LoginSettings.builder(settings.auth())
                    .username(settings.username())
                    .password(settings.password())
                    .securityToken(settings.securityToken())
                    .sandbox(settings.sandbox())
                    .apiVersion(settings.apiVersion())
                    .loginUrl(uri(settings.loginUrl(), "LOGIN_URL"))
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .jwtKeyFile(settings.jwtKeyFile() == null ? null : Path.of(settings.jwtKeyFile()))
                    .jwtKeyPassword(settings.jwtKeyPassword())
                    .jwtKeyAlias(settings.jwtKeyAlias())
                    .refreshToken(settings.refreshToken())
                    .accessToken(settings.accessToken())
                    .instanceUrl(uri(settings.instanceUrl(), "INSTANCE_URL"))
                    .build();
        } catch (IllegalArgumentException rejected) {
            throw new ConfigurationException(rejected.getMessage(), rejected);
        }
    }

    /**
     * The streaming settings: the defaults with the configured API version, start position, fallback,
     * handler retries, {@code max_workers} and Bayeux versions. Replay is always on: without {@code PUSHTOPIC_REPLAY_ENABLED}
     * the watermark lives in memory, so a reconnect within the process still resumes without a gap, and
     * a restart starts at {@code REPLAY_DEFAULT} as the original (which sent no replay id) did.
     *
     * @throws ConfigurationException when the streaming session rejects a value
     */
    public static StreamingSettings streaming(SfstreamConfig config, SalesforceSettings settings) {
        try {
            return StreamingSettings.defaults()
                    .withApiVersion(settings.apiVersion())
                    .withReplayEnabled(true)
                    .withReplayDefault(settings.replayDefault())
                    .withReplayFallback(settings.replayFallback())
                    .withHandlerRetries(settings.handlerRetries())
                    .withOutageLimit(Duration.ofSeconds(settings.outageLimitSeconds()))
                    .withMaxWorkers(config.maxWorkers())
                    .withBayeuxVersions(settings.bayeuxVersion(), settings.bayeuxMinimumVersion());
        } catch (IllegalArgumentException rejected) {
            throw new ConfigurationException("`SALESFORCE` " + rejected.getMessage(), rejected);
        }
    }

    /** The Pub/Sub transport's settings, keyed as in the {@code SALESFORCE} section. */
    public static Map<String, String> pubSubOptions(SalesforceSettings settings) {
        return Map.of("PUBSUB_HOST", settings.pubSubHost(), "PUBSUB_PORT", String.valueOf(settings.pubSubPort()),
                "PUBSUB_PLAINTEXT", String.valueOf(settings.pubSubPlaintext()),
                "PUBSUB_BATCH_SIZE", String.valueOf(settings.pubSubBatchSize()));
    }

    private static URI uri(String value, String key) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("`SALESFORCE." + key + "` must be a URL such as https://host, got '"
                    + value + "'");
        }
    }
}
