package dev.sfstream.config.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.DeadLetterTarget;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks the {@code SALESFORCE} section in the original's order and builds {@link SalesforceSettings}. */
public final class SalesforceSectionReader {
    /** The section's name, the original's {@code CONFIG_KEY}. */
    public static final String SECTION = "SALESFORCE";
    /** Every key the section may hold. */
    public static final List<String> KNOWN_KEYS = List.of(
            "USERNAME", "PASSWORD", "SECURITY_TOKEN", "SANDBOX", "API_VERSION", "BAYEUX_VERSION",
            "BAYEUX_MINIMUM_VERSION", "PUSHTOPIC_REPLAY_ENABLED", "PUSHTOPIC_REPLAY_REDIS_URI",
            "PUSHTOPIC_REPLAY_TTL", "PUSHTOPIC_REPLAY_KEY_PREFIX", "LOGIN_URL", "AUTH", "CLIENT_ID", "CLIENT_SECRET", "JWT_KEY_FILE",
            "JWT_KEY_PASSWORD", "JWT_KEY_ALIAS", "REFRESH_TOKEN", "ACCESS_TOKEN", "INSTANCE_URL",
            "REPLAY_DEFAULT", "REPLAY_FALLBACK",
            "HANDLER_RETRIES", "DEAD_LETTER", "LEADER_LEASE", "DEPENDENCY_OUTAGE_LIMIT", "SKIP_OWN_CHANGES",
            "HANDLER_TIMEOUT",
            "TRUST_STORE", "TRUST_STORE_PASSWORD", "TRUST_STORE_TYPE", "KEY_STORE", "KEY_STORE_PASSWORD", "PROXY_URL",
            "PROXY_EXCLUDE", "TRANSPORT", "PUBSUB_HOST", "PUBSUB_PORT", "PUBSUB_PLAINTEXT", "PUBSUB_BATCH_SIZE");
    private static final long DEFAULT_LEASE_SECONDS = 30;

    private SalesforceSectionReader() {
    }

    /** Reads the section out of the whole configuration. */
    public static SalesforceSettings read(Map<String, Object> config) {
        Map<String, Object> section = section(config);
        UnknownKeys.check(SECTION, section.keySet(), KNOWN_KEYS);
        ConfigValues values = new ConfigValues(SECTION, section);
        AuthFlow auth = authFlow(values);
        for (String key : mandatoryKeys(auth)) {
            if (!values.has(key)) {
                throw new ConfigurationException(
                        "`SALESFORCE` configuration does not contain mandatory `" + key + "` key");
            }
        }
        boolean replayEnabled = values.flag("PUSHTOPIC_REPLAY_ENABLED", false);
        if (replayEnabled && !values.has("PUSHTOPIC_REPLAY_REDIS_URI")) {
            throw new ConfigurationException("`SALESFORCE` must have `PUSHTOPIC_REPLAY_REDIS_URI` defined if "
                    + "`PUSHTOPIC_REPLAY_ENABLED` is set to `True`");
        }
        DeadLetterTarget deadLetter = values.choice("DEAD_LETTER", DeadLetterTarget.class, DeadLetterTarget.LOG);
        if (deadLetter == DeadLetterTarget.REDIS && !values.has("PUSHTOPIC_REPLAY_REDIS_URI")) {
            throw new ConfigurationException(
                    "`SALESFORCE` must have `PUSHTOPIC_REPLAY_REDIS_URI` defined if `DEAD_LETTER` is `redis`");
        }
        long leaseSeconds = leaseSeconds(values);
        if (leaseSeconds > 0 && !replayEnabled) {
            throw new ConfigurationException("`SALESFORCE` must have `PUSHTOPIC_REPLAY_ENABLED` set to `True` (and "
                    + "`PUSHTOPIC_REPLAY_REDIS_URI` defined) if `LEADER_LEASE` is set: the lease lives in that Redis "
                    + "and a standby resumes from the replay ids stored there");
        }
        return new SalesforceSettings(
                values.text("USERNAME", null), values.text("PASSWORD", null),
                values.text("SECURITY_TOKEN", ""), values.flag("SANDBOX", false),
                values.version("API_VERSION", SalesforceSettings.DEFAULT_API_VERSION),
                values.version("BAYEUX_VERSION", "1.0"), values.version("BAYEUX_MINIMUM_VERSION", "1.0"),
                replayEnabled, values.text("PUSHTOPIC_REPLAY_REDIS_URI", null),
                replayEnabled ? values.number("PUSHTOPIC_REPLAY_TTL", SalesforceSettings.DEFAULT_REPLAY_TTL_SECONDS, 1)
                        : SalesforceSettings.DEFAULT_REPLAY_TTL_SECONDS,
                values.text("LOGIN_URL", null), auth, values.text("CLIENT_ID", null),
                values.text("CLIENT_SECRET", null), values.text("JWT_KEY_FILE", null),
                values.text("JWT_KEY_PASSWORD", null), values.text("JWT_KEY_ALIAS", null),
                values.text("REFRESH_TOKEN", null), values.text("ACCESS_TOKEN", null),
                values.text("INSTANCE_URL", null),
                values.choice("REPLAY_DEFAULT", ReplayDefault.class, ReplayDefault.NEW),
                values.choice("REPLAY_FALLBACK", ReplayFallback.class, ReplayFallback.ALL),
                (int) values.number("HANDLER_RETRIES", 3, 0), deadLetter, leaseSeconds,
                replayKeyPrefix(values), values.number("DEPENDENCY_OUTAGE_LIMIT", 0, 0),
                network(values, section.get("PROXY_EXCLUDE")), values.flag("SKIP_OWN_CHANGES", false),
                values.number("HANDLER_TIMEOUT", 0, 0),
                transport(values), values.text("PUBSUB_HOST", SalesforceSettings.DEFAULT_PUBSUB_HOST),
                (int) bounded(values, "PUBSUB_PORT", SalesforceSettings.DEFAULT_PUBSUB_PORT, 65535),
                values.flag("PUBSUB_PLAINTEXT", false),
                (int) bounded(values, "PUBSUB_BATCH_SIZE", SalesforceSettings.DEFAULT_PUBSUB_BATCH_SIZE, 100));
    }

    private static NetworkSettings network(ConfigValues values, Object proxyExclude) {
        String proxyUrl = values.text("PROXY_URL", null);
        URI proxy = null;
        if (proxyUrl != null) {
            try {
                proxy = new URI(proxyUrl.trim());
            } catch (URISyntaxException bad) {
                throw new ConfigurationException("`SALESFORCE.PROXY_URL` must look like http://[user:password@]host:port");
            }
        }
        List<String> exclude = proxyExclude instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : proxyExclude == null ? List.of() : List.of(proxyExclude.toString().split("[|,]"));
        try {
            return new NetworkSettings(path(values, "TRUST_STORE"), values.text("TRUST_STORE_PASSWORD", null),
                    values.text("TRUST_STORE_TYPE", null), path(values, "KEY_STORE"),
                    values.text("KEY_STORE_PASSWORD", null), proxy, exclude);
        } catch (IllegalArgumentException rejected) {
            throw new ConfigurationException(rejected.getMessage().replaceFirst("^(SALESFORCE\\.\\w+)", "`$1`"));
        }
    }

    private static Path path(ConfigValues values, String key) {
        String text = values.text(key, null);
        return text == null || text.isBlank() ? null : Path.of(text.trim());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> config) {
        Object section = config.get(SECTION);
        if (section == null) {
            throw new ConfigurationException("`SALESFORCE` config key not found" + TopLevelKeys.nearMiss(
                    config.keySet(), SECTION).map(found -> " (found `" + found + "`: a typo?)").orElse(""));
        }
        if (!(section instanceof Map<?, ?> map)) {
            throw new ConfigurationException("`SALESFORCE` must be a mapping of keys to values");
        }
        return (Map<String, Object>) map;
    }

    private static AuthFlow authFlow(ConfigValues values) {
        try {
            return AuthFlow.fromConfigName(values.text("AUTH", AuthFlow.SOAP.configName()));
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException(unknown.getMessage().replace("SALESFORCE.AUTH", "`SALESFORCE.AUTH`"));
        }
    }

    /** The keys each flow needs, the original's four (in its order) for SOAP. */
    static List<String> mandatoryKeys(AuthFlow auth) {
        return switch (auth) {
            case SOAP -> List.of("USERNAME", "PASSWORD", "SECURITY_TOKEN", "SANDBOX");
            case PASSWORD -> List.of("USERNAME", "PASSWORD", "CLIENT_ID", "CLIENT_SECRET");
            case JWT -> List.of("USERNAME", "CLIENT_ID", "JWT_KEY_FILE");
            case CLIENT_CREDENTIALS -> List.of("CLIENT_ID", "CLIENT_SECRET", "LOGIN_URL");
            case REFRESH_TOKEN -> List.of("CLIENT_ID", "REFRESH_TOKEN");
            case TOKEN -> List.of("ACCESS_TOKEN", "INSTANCE_URL");
        };
    }

    private static String replayKeyPrefix(ConfigValues values) {
        String prefix = values.text("PUSHTOPIC_REPLAY_KEY_PREFIX", SalesforceSettings.DEFAULT_REPLAY_KEY_PREFIX);
        if (prefix.isBlank()) {
            throw new ConfigurationException("`SALESFORCE.PUSHTOPIC_REPLAY_KEY_PREFIX` must not be empty");
        }
        return prefix;
    }

    private static String transport(ConfigValues values) {
        String transport = values.text("TRANSPORT", "cometd").trim().toLowerCase(Locale.ROOT);
        if (!transport.equals("cometd") && !transport.equals("pubsub")) {
            throw new ConfigurationException("`SALESFORCE.TRANSPORT` must be `cometd` or `pubsub`, got '"
                    + values.text("TRANSPORT", "") + "'");
        }
        return transport;
    }

    private static long bounded(ConfigValues values, String key, long fallback, long maximum) {
        long value = values.number(key, fallback, 1);
        if (value > maximum) {
            throw new ConfigurationException("`SALESFORCE." + key + "` must be at most " + maximum + ", got " + value);
        }
        return value;
    }

    private static long leaseSeconds(ConfigValues values) {
        String text = values.text("LEADER_LEASE", "0").trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("yes") || text.equals("on")) {
            return DEFAULT_LEASE_SECONDS;
        }
        if (text.equals("false") || text.equals("no") || text.equals("off")) {
            return 0;
        }
        return values.number("LEADER_LEASE", 0, 0);
    }
}
