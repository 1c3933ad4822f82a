package dev.sfstream.spring.boot.internal;

import dev.sfstream.spring.boot.SfstreamProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link SfstreamProperties} into the configuration map of sfstream's YAML, with its keys. Unset and blank
 * properties are left out (so {@code ${SOME_VARIABLE:}} in application.yml means "not configured").
 */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    /** The whole configuration: top-level keys and the {@code SALESFORCE} section. */
    public static Map<String, Object> configMap(SfstreamProperties properties) {
        Map<String, Object> config = new LinkedHashMap<>();
        put(config, "AMQP_URI", properties.amqpUri());
        put(config, "max_workers", properties.maxWorkers());
        put(config, "HEARTBEAT", properties.heartbeat());
        put(config, "AMQP_SSL", amqpSsl(properties.amqpSsl()));
        put(config, "DECLARE_EVENT_EXCHANGES", properties.declareEventExchanges());
        put(config, "AUTO_DELETE_EVENT_EXCHANGES", properties.autoDeleteEventExchanges());
        put(config, "AMQP_CONFIRM_TIMEOUT", properties.amqpConfirmTimeout());
        put(config, "AMQP_PUBLISH_RETRIES", properties.amqpPublishRetries());
        put(config, "BROADCAST_IDENTIFIER", properties.broadcastIdentifier());
        if (properties.salesforce() != null) {
            Map<String, Object> section = salesforceSection(properties.salesforce());
            if (!section.isEmpty()) {
                config.put("SALESFORCE", section);
            }
        }
        return config;
    }

    /** The keys that are set, a {@code SALESFORCE} key as {@code SALESFORCE.KEY}: what may be shown of a configuration. */
    public static List<String> keysSet(SfstreamProperties properties) {
        List<String> keys = new ArrayList<>();
        configMap(properties).forEach((key, value) -> {
            if (value instanceof Map<?, ?> section && key.equals("SALESFORCE")) {
                section.keySet().forEach(inner -> keys.add(key + "." + inner));
            } else {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The {@code SALESFORCE} section. */
    public static Map<String, Object> salesforceSection(SfstreamProperties.Salesforce salesforce) {
        Map<String, Object> section = new LinkedHashMap<>();
        put(section, "USERNAME", salesforce.username());
        put(section, "PASSWORD", salesforce.password());
        put(section, "SECURITY_TOKEN", salesforce.securityToken());
        put(section, "SANDBOX", salesforce.sandbox());
        put(section, "API_VERSION", salesforce.apiVersion());
        put(section, "BAYEUX_VERSION", salesforce.bayeuxVersion());
        put(section, "BAYEUX_MINIMUM_VERSION", salesforce.bayeuxMinimumVersion());
        put(section, "PUSHTOPIC_REPLAY_ENABLED", salesforce.pushtopicReplayEnabled());
        put(section, "PUSHTOPIC_REPLAY_REDIS_URI", salesforce.pushtopicReplayRedisUri());
        put(section, "PUSHTOPIC_REPLAY_TTL", salesforce.pushtopicReplayTtl());
        put(section, "PUSHTOPIC_REPLAY_KEY_PREFIX", salesforce.pushtopicReplayKeyPrefix());
        put(section, "LOGIN_URL", salesforce.loginUrl());
        put(section, "AUTH", salesforce.auth());
        put(section, "CLIENT_ID", salesforce.clientId());
        put(section, "CLIENT_SECRET", salesforce.clientSecret());
        put(section, "JWT_KEY_FILE", salesforce.jwtKeyFile());
        put(section, "JWT_KEY_PASSWORD", salesforce.jwtKeyPassword());
        put(section, "JWT_KEY_ALIAS", salesforce.jwtKeyAlias());
        put(section, "REFRESH_TOKEN", salesforce.refreshToken());
        put(section, "ACCESS_TOKEN", salesforce.accessToken());
        put(section, "INSTANCE_URL", salesforce.instanceUrl());
        put(section, "REPLAY_DEFAULT", salesforce.replayDefault());
        put(section, "REPLAY_FALLBACK", salesforce.replayFallback());
        put(section, "HANDLER_RETRIES", salesforce.handlerRetries());
        put(section, "DEPENDENCY_OUTAGE_LIMIT", salesforce.dependencyOutageLimit());
        put(section, "DEAD_LETTER", salesforce.deadLetter());
        put(section, "LEADER_LEASE", salesforce.leaderLease());
        put(section, "TRUST_STORE", salesforce.trustStore());
        put(section, "TRUST_STORE_PASSWORD", salesforce.trustStorePassword());
        put(section, "TRUST_STORE_TYPE", salesforce.trustStoreType());
        put(section, "KEY_STORE", salesforce.keyStore());
        put(section, "KEY_STORE_PASSWORD", salesforce.keyStorePassword());
        put(section, "PROXY_URL", salesforce.proxyUrl());
        put(section, "PROXY_EXCLUDE", salesforce.proxyExclude());
        put(section, "SKIP_OWN_CHANGES", salesforce.skipOwnChanges());
        put(section, "HANDLER_TIMEOUT", salesforce.handlerTimeout());
        put(section, "TRANSPORT", salesforce.transport());
        put(section, "PUBSUB_HOST", salesforce.pubsubHost());
        put(section, "PUBSUB_PORT", salesforce.pubsubPort());
        put(section, "PUBSUB_PLAINTEXT", salesforce.pubsubPlaintext());
        put(section, "PUBSUB_BATCH_SIZE", salesforce.pubsubBatchSize());
        return section;
    }

    private static Object amqpSsl(SfstreamProperties.AmqpSsl ssl) {
        if (ssl == null || (ssl.caCerts() == null && ssl.certReqs() == null)) {
            return ssl == null ? null : ssl.enabled();
        }
        if (Boolean.FALSE.equals(ssl.enabled())) {
            return false;
        }
        Map<String, Object> options = new LinkedHashMap<>();
        put(options, "ca_certs", ssl.caCerts());
        put(options, "cert_reqs", ssl.certReqs());
        return options;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            map.put(key, value);
        }
    }
}
