package dev.sfstream.spring.boot;

import dev.sfstream.spring.boot.internal.ConfigKeys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code sfstream.*} properties: every key of sfstream's YAML configuration in relaxed form
 * ({@code AMQP_URI} is {@code sfstream.amqp-uri}, {@code SALESFORCE.PUSHTOPIC_REPLAY_ENABLED} is
 * {@code sfstream.salesforce.pushtopic-replay-enabled}), plus the starter's own lifecycle settings. A property
 * left unset (or blank) is left out of the configuration, so sfstream's default applies.
 *
 * @param amqpUri AMQP_URI: RabbitMQ for EventDispatcher and @EventHandler (needs sfstream-amqp); unset, events stay in memory
 * @param maxWorkers max_workers: handlers running at once per service (default 10)
 * @param heartbeat HEARTBEAT: AMQP heartbeat in seconds (default 60)
 * @param amqpSsl AMQP_SSL: TLS to the broker
 * @param declareEventExchanges DECLARE_EVENT_EXCHANGES: declare the {service}.events exchanges (default true)
 * @param autoDeleteEventExchanges AUTO_DELETE_EVENT_EXCHANGES: declare them auto-delete (default false)
 * @param amqpConfirmTimeout AMQP_CONFIRM_TIMEOUT: seconds to wait for a publisher confirm (default 30)
 * @param amqpPublishRetries AMQP_PUBLISH_RETRIES: retries of an unconfirmed publish (default 5)
 * @param broadcastIdentifier BROADCAST_IDENTIFIER: this instance's name in its BROADCAST handlers' queues
 * @param salesforce the SALESFORCE section
 * @param shutdownTimeout how long stopping the application context waits for in-flight handlers (default 10s)
 * @param autoStartup whether the services start with the application context (default true)
 */
@ConfigurationProperties("sfstream")
public record SfstreamProperties(String amqpUri, Integer maxWorkers, Integer heartbeat, @DefaultValue AmqpSsl amqpSsl,
                                 Boolean declareEventExchanges, Boolean autoDeleteEventExchanges,
                                 Double amqpConfirmTimeout, Integer amqpPublishRetries, String broadcastIdentifier,
                                 @DefaultValue Salesforce salesforce, @DefaultValue("10s") Duration shutdownTimeout,
                                 @DefaultValue("true") boolean autoStartup) {

    /** The configuration map {@code SfstreamConfig.of(...)} takes, with the YAML's keys; unset properties are left out. */
    public Map<String, Object> toConfigMap() {
        return ConfigKeys.configMap(this);
    }

    @Override
    public String toString() {
        return "SfstreamProperties" + ConfigKeys.keysSet(this) + " (values not shown)";
    }

    /**
     * {@code AMQP_SSL}: {@code true}, or the CA certificates to verify the broker against.
     *
     * @param enabled whether to connect to the broker with TLS
     * @param caCerts AMQP_SSL.ca_certs: a PEM file of the CA certificates to trust
     * @param certReqs AMQP_SSL.cert_reqs: only CERT_REQUIRED (the broker's certificate is always verified)
     */
    public record AmqpSsl(Boolean enabled, String caCerts, String certReqs) {
    }

    /**
     * The {@code SALESFORCE} section (see the README's configuration table).
     *
     * @param username USERNAME: login user; also the user excludeCurrentUser filters out
     * @param password PASSWORD
     * @param securityToken SECURITY_TOKEN: appended to the password (soap)
     * @param sandbox SANDBOX: log in at test.salesforce.com
     * @param apiVersion API_VERSION: REST, CometD and PushTopic ApiVersion (default 37.0)
     * @param bayeuxVersion BAYEUX_VERSION: sent in the handshake (default 1.0)
     * @param bayeuxMinimumVersion BAYEUX_MINIMUM_VERSION: sent in the handshake (default 1.0)
     * @param pushtopicReplayEnabled PUSHTOPIC_REPLAY_ENABLED: store replay ids in Redis (needs sfstream-redis)
     * @param pushtopicReplayRedisUri PUSHTOPIC_REPLAY_REDIS_URI: e.g. redis://host:6379/11
     * @param pushtopicReplayTtl PUSHTOPIC_REPLAY_TTL: seconds each stored replay id lives (default 43200)
     * @param pushtopicReplayKeyPrefix PUSHTOPIC_REPLAY_KEY_PREFIX: what the Redis key of a channel's replay id starts with (default salesforce:replay_id:)
     * @param loginUrl LOGIN_URL: My Domain or the emulator
     * @param auth AUTH: soap, password, jwt, client_credentials, refresh_token or token (default soap)
     * @param clientId CLIENT_ID: connected app
     * @param clientSecret CLIENT_SECRET: connected app
     * @param jwtKeyFile JWT_KEY_FILE: private key (PEM or keystore) for jwt
     * @param jwtKeyPassword JWT_KEY_PASSWORD: password of a keystore JWT_KEY_FILE
     * @param jwtKeyAlias JWT_KEY_ALIAS: alias in a keystore JWT_KEY_FILE
     * @param refreshToken REFRESH_TOKEN: for refresh_token
     * @param accessToken ACCESS_TOKEN: for token
     * @param instanceUrl INSTANCE_URL: for token
     * @param replayDefault REPLAY_DEFAULT: start when nothing is stored, new (-1) or all (-2) (default new)
     * @param replayFallback REPLAY_FALLBACK: stored id expired, all, new or fail (default all)
     * @param handlerRetries HANDLER_RETRIES: retries of a failing handler before dead-lettering (default 3)
     * @param dependencyOutageLimit DEPENDENCY_OUTAGE_LIMIT: seconds a dependency may stay unavailable before the service fails (default 0, no limit)
     * @param deadLetter DEAD_LETTER: log, or redis (list sfstream:dead_letters) (default log)
     * @param leaderLease LEADER_LEASE: seconds of the single-active-subscriber lease, true = 30 (default 0, off)
     * @param trustStore TRUST_STORE: whom TLS trusts (PKCS#12, JKS or PEM file)
     * @param trustStorePassword TRUST_STORE_PASSWORD
     * @param trustStoreType TRUST_STORE_TYPE: PKCS12, JKS or PEM
     * @param keyStore KEY_STORE: client key for mutual TLS (PKCS#12 or JKS)
     * @param keyStorePassword KEY_STORE_PASSWORD
     * @param proxyUrl PROXY_URL: HTTP proxy http://[user:password@]host:port
     * @param proxyExclude PROXY_EXCLUDE: hosts that bypass PROXY_URL
     * @param skipOwnChanges SKIP_OWN_CHANGES: pass over CDC events of the service's own REST writes (default false)
     * @param handlerTimeout HANDLER_TIMEOUT: seconds one handler invocation may run (default 0, no limit)
     * @param transport TRANSPORT: cometd or pubsub (default cometd; pubsub needs sfstream-pubsub)
     * @param pubsubHost PUBSUB_HOST: the Pub/Sub API host (default api.pubsub.salesforce.com)
     * @param pubsubPort PUBSUB_PORT: the Pub/Sub API port (default 7443)
     * @param pubsubPlaintext PUBSUB_PLAINTEXT: plaintext gRPC, for the emulator only (default false)
     * @param pubsubBatchSize PUBSUB_BATCH_SIZE: events requested at a time per topic, 1 to 100 (default 100)
     */
    public record Salesforce(String username, String password, String securityToken, Boolean sandbox,
                             String apiVersion, String bayeuxVersion, String bayeuxMinimumVersion,
                             Boolean pushtopicReplayEnabled, String pushtopicReplayRedisUri, Long pushtopicReplayTtl,
                             String pushtopicReplayKeyPrefix, String loginUrl, String auth, String clientId,
                             String clientSecret, String jwtKeyFile, String jwtKeyPassword, String jwtKeyAlias,
                             String refreshToken, String accessToken, String instanceUrl, String replayDefault,
                             String replayFallback, Integer handlerRetries, Long dependencyOutageLimit,
                             String deadLetter, String leaderLease, String trustStore, String trustStorePassword,
                             String trustStoreType, String keyStore, String keyStorePassword, String proxyUrl,
                             List<String> proxyExclude, Boolean skipOwnChanges, Long handlerTimeout,
                             String transport, String pubsubHost, Integer pubsubPort, Boolean pubsubPlaintext,
                             Integer pubsubBatchSize) {
        public Salesforce {
            proxyExclude = proxyExclude == null ? null : List.copyOf(proxyExclude);
        }

        @Override
        public String toString() {
            return "Salesforce" + ConfigKeys.salesforceSection(this).keySet() + " (values not shown)";
        }
    }
}
