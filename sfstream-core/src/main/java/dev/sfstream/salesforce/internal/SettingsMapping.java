package dev.sfstream.salesforce.internal;

import dev.sfstream.auth.LoginSettings;
import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;

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
        return settings.loginSettings();
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
                    .withHandlerTimeout(Duration.ofSeconds(settings.handlerTimeoutSeconds()))
                    .withMaxWorkers(config.maxWorkers())
                    .withBayeuxVersions(settings.bayeuxVersion(), settings.bayeuxMinimumVersion());
        } catch (IllegalArgumentException rejected) {
            throw new ConfigurationException("`SALESFORCE` " + rejected.getMessage(), rejected);
        }
    }
}
