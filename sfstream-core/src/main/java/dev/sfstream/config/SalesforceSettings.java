package dev.sfstream.config;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.config.internal.LoginMapping;
import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.config.internal.SalesforceSectionReader;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import java.util.Map;

/**
 * The checked {@code SALESFORCE} section: the original's keys with their defaults plus sfstream's added
 * keys. {@link #toString()} never shows a secret.
 *
 * @param username {@code USERNAME}: the login user, also the user {@code excludeCurrentUser} filters out
 * @param password {@code PASSWORD}
 * @param securityToken {@code SECURITY_TOKEN}, appended to the password for the SOAP login
 * @param sandbox {@code SANDBOX}: log in at test.salesforce.com instead of login.salesforce.com
 * @param apiVersion {@code API_VERSION}, default {@code 37.0}
 * @param bayeuxVersion {@code BAYEUX_VERSION}, default {@code 1.0}
 * @param bayeuxMinimumVersion {@code BAYEUX_MINIMUM_VERSION}, default {@code 1.0}
 * @param replayEnabled {@code PUSHTOPIC_REPLAY_ENABLED}, default false: store replay ids in Redis
 * @param replayRedisUri {@code PUSHTOPIC_REPLAY_REDIS_URI}, required when replay is enabled, else null
 * @param replayTtlSeconds {@code PUSHTOPIC_REPLAY_TTL}, default 43200
 * @param loginUrl {@code LOGIN_URL}: My Domain or emulator URL overriding the SANDBOX host, or null
 * @param auth {@code AUTH}, default {@code soap}
 * @param clientId {@code CLIENT_ID} of the connected app, or null
 * @param clientSecret {@code CLIENT_SECRET} of the connected app, or null
 * @param jwtKeyFile {@code JWT_KEY_FILE}: PEM private key for the JWT flow, or null
 * @param jwtKeyPassword {@code JWT_KEY_PASSWORD}: password of a keystore {@code JWT_KEY_FILE}, or null
 * @param jwtKeyAlias {@code JWT_KEY_ALIAS}: the key's alias in that keystore, or null for its first key
 * @param refreshToken {@code REFRESH_TOKEN} for the refresh token flow, or null
 * @param accessToken {@code ACCESS_TOKEN} for the token flow, or null
 * @param instanceUrl {@code INSTANCE_URL} for the token flow, or null
 * @param replayDefault {@code REPLAY_DEFAULT}, default {@code new}: start position when nothing is stored
 * @param replayFallback {@code REPLAY_FALLBACK}, default {@code all}: what to do on an expired replay id
 * @param handlerRetries {@code HANDLER_RETRIES}, default 3: retries of a failing handler before dead-lettering
 * @param deadLetter {@code DEAD_LETTER}, default {@code log}
 * @param leaderLeaseSeconds {@code LEADER_LEASE}: 0 (default, off) or the lease in seconds; {@code true} means 30
 * @param replayKeyPrefix {@code PUSHTOPIC_REPLAY_KEY_PREFIX}, default the original's {@code salesforce:replay_id:}:
 *     what the replay store puts before each channel's name; give services that share a Redis database and a
 *     channel prefixes of their own
 * @param outageLimitSeconds {@code DEPENDENCY_OUTAGE_LIMIT}, default 0 (no limit): how long a dependency of the
 *     handlers (broker, Redis, Salesforce REST) may stay unavailable, with events held, before the service fails
 * @param skipOwnChanges {@code SKIP_OWN_CHANGES}, default false: the service's REST calls name it
 *     ({@code Sforce-Call-Options: client=sfstream-<service>}) and its Change Data Capture handlers are not called
 *     for changes whose {@code changeOrigin} carries that name, its own writes
 * @param handlerTimeoutSeconds {@code HANDLER_TIMEOUT}, default 0 (no limit): seconds one handler invocation may
 *     run before it is interrupted and counts as failed (retried, then dead-lettered)
 * @param network {@code TRUST_STORE}, {@code TRUST_STORE_PASSWORD}, {@code TRUST_STORE_TYPE}, {@code KEY_STORE},
 *     {@code KEY_STORE_PASSWORD}, {@code PROXY_URL}, {@code PROXY_EXCLUDE}: TLS trust and HTTP proxy; each absent
 *     key leaves the JVM's standard setting in force
 * @param transport {@code TRANSPORT}, default {@code cometd}: {@code pubsub} carries platform event and change
 *     event channels over the Pub/Sub API (module {@code sfstream-pubsub}); PushTopics and {@code /u/} channels
 *     stay on CometD
 * @param pubSubHost {@code PUBSUB_HOST}, default {@code api.pubsub.salesforce.com}
 * @param pubSubPort {@code PUBSUB_PORT}, default 7443
 * @param pubSubPlaintext {@code PUBSUB_PLAINTEXT}, default false (TLS); true only for the emulator
 * @param pubSubBatchSize {@code PUBSUB_BATCH_SIZE}, default 100: events requested at a time per topic (1 to 100)
 */
public record SalesforceSettings(
        String username, String password, String securityToken, boolean sandbox, String apiVersion,
        String bayeuxVersion, String bayeuxMinimumVersion, boolean replayEnabled, String replayRedisUri,
        long replayTtlSeconds, String loginUrl, AuthFlow auth, String clientId, String clientSecret,
        String jwtKeyFile, String jwtKeyPassword, String jwtKeyAlias, String refreshToken, String accessToken, String instanceUrl,
        ReplayDefault replayDefault, ReplayFallback replayFallback, int handlerRetries,
        DeadLetterTarget deadLetter, long leaderLeaseSeconds, String replayKeyPrefix, long outageLimitSeconds,
        NetworkSettings network, boolean skipOwnChanges, long handlerTimeoutSeconds, String transport,
        String pubSubHost, int pubSubPort, boolean pubSubPlaintext, int pubSubBatchSize) {

    /** The original's {@code DEFAULT_API_VERSION}. */
    public static final String DEFAULT_API_VERSION = "37.0";
    /** The original's {@code DEFAULT_REPLAY_STORAGE_TTL}, in seconds (12 hours). */
    public static final long DEFAULT_REPLAY_TTL_SECONDS = 43200;
    /** The original's replay id key prefix: keep it to resume where a Python service stopped. */
    public static final String DEFAULT_REPLAY_KEY_PREFIX = "salesforce:replay_id:";
    /** Salesforce's global Pub/Sub API host. */
    public static final String DEFAULT_PUBSUB_HOST = "api.pubsub.salesforce.com";
    public static final int DEFAULT_PUBSUB_PORT = 7443;
    public static final int DEFAULT_PUBSUB_BATCH_SIZE = 100;

    /**
     * Reads and checks the {@code SALESFORCE} section of a whole configuration.
     *
     * @throws ConfigurationException with the original's message for a missing section or mandatory key,
     *     and a message naming the key for an unknown key or a bad value
     */
    public static SalesforceSettings from(Map<String, Object> config) {
        return SalesforceSectionReader.read(config);
    }

    /**
     * The settings of this section's login flow ({@code AUTH} and its keys, TLS and proxy), for a
     * {@link dev.sfstream.auth.SalesforceLogin} that logs in as a service configured so would.
     *
     * @throws ConfigurationException when the login flow rejects a value
     */
    public LoginSettings loginSettings() {
        return LoginMapping.of(this);
    }

    /** The Pub/Sub transport's settings, keyed as in the {@code SALESFORCE} section. */
    public Map<String, String> pubSubOptions() {
        return Map.of("PUBSUB_HOST", pubSubHost, "PUBSUB_PORT", String.valueOf(pubSubPort),
                "PUBSUB_PLAINTEXT", String.valueOf(pubSubPlaintext), "PUBSUB_BATCH_SIZE", String.valueOf(pubSubBatchSize));
    }

    @Override
    public String toString() {
        return "SalesforceSettings[username=" + username + ", auth=" + auth.configName() + ", sandbox=" + sandbox
                + ", loginUrl=" + loginUrl + ", apiVersion=" + apiVersion + ", replayEnabled=" + replayEnabled
                + ", replayTtlSeconds=" + replayTtlSeconds + ", replayKeyPrefix=" + replayKeyPrefix + ", replayDefault=" + replayDefault
                + ", replayFallback=" + replayFallback + ", handlerRetries=" + handlerRetries
                + ", deadLetter=" + deadLetter + ", leaderLeaseSeconds=" + leaderLeaseSeconds + ", network=" + network
                + ", transport=" + transport + ", pubSub=" + pubSubHost + ":" + pubSubPort
                + (pubSubPlaintext ? " (plaintext)" : "") + "]";
    }
}
