package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.bayeux.StreamingOptions;
import dev.sfstream.emulator.internal.records.ChangeContext;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.tls.TlsMaterial;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EmulatorTimers;
import dev.sfstream.emulator.spi.Principal;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.emulator.spi.StreamingBus;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Salesforce org on a local port: SOAP and OAuth login, REST, SOQL, PushTopics, Streaming API (CometD)
 * with Salesforce's semantics, and a control API under {@code /__emulator__/}. Build one with
 * {@link #builder()}, {@link #start()} it, point clients at {@link #baseUrl()}, and {@link #close()} it.
 */
public final class Emulator implements AutoCloseable {
    /** The password of {@link #trustStore()}, which holds nothing secret. */
    public static final String TRUST_STORE_PASSWORD = TlsMaterial.TRUST_STORE_PASSWORD;
    private final EmulatorSettings settings;
    private final EmulatorClock clock;
    private final EmulatorWiring wiring;
    private final EmulatorTls tls;
    private Server server;
    private ServerConnector connector;
    private boolean stopped;

    private Emulator(EmulatorSettings settings, EmulatorTls tls) {
        this.settings = settings;
        this.tls = tls;
        this.clock = settings.clock();
        this.wiring = new EmulatorWiring(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this emulator for chaining. */
    public synchronized Emulator start() {
        if (server != null) {
            throw new IllegalStateException("the emulator is already started at " + baseUrl());
        }
        if (stopped) {
            throw new IllegalStateException("a stopped emulator cannot start again; build a new one");
        }
        Server newServer = new Server(wiring.threadPool());
        ServerConnector newConnector;
        try {
            newConnector = tls.connector(newServer, settings.host());
        } catch (RuntimeException noKey) {
            tls.release();
            throw noKey;
        }
        newConnector.setHost(settings.host());
        newConnector.setPort(settings.port());
        newServer.addConnector(newConnector);
        newServer.setHandler(wiring.context());
        newServer.setStopTimeout(0);
        try {
            newServer.start();
        } catch (Exception e) {
            stopQuietly(newServer);
            tls.release();
            throw new IllegalStateException("the emulator could not start on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        server = newServer;
        connector = newConnector;
        try {
            wiring.pubSub().start(settings.host(), settings.pubSubPort(), tls.pubSubCredentials());
        } catch (IllegalStateException e) {
            stop();
            throw e;
        }
        return this;
    }

    /**
     * The {@code SALESFORCE} configuration section that logs in to this emulator as its default integration user
     * (SOAP login, as the original): a new, changeable map each time, to which callers add keys.
     */
    public Map<String, Object> salesforceConfig() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("USERNAME", OrgFixture.DEFAULT_USERNAME);
        section.put("PASSWORD", OrgFixture.DEFAULT_PASSWORD);
        section.put("SECURITY_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN);
        section.put("SANDBOX", false);
        section.put("LOGIN_URL", baseUrl());
        certificatePem().ifPresent(pem -> section.put("TRUST_STORE", pem.toString()));
        return section;
    }

    /** {@code http://host:port} ({@code https} with {@link Builder#tls()}), the login URL and instance URL for clients. */
    public String baseUrl() {
        return tls.scheme() + "://" + settings.host() + ":" + port();
    }

    /** With TLS: the server certificate as a PEM file, e.g. for {@code SALESFORCE.TRUST_STORE}; removed at stop. */
    public Optional<Path> certificatePem() {
        return tls.certificatePem();
    }

    /**
     * With TLS: a PKCS#12 trust store holding the server certificate, password {@value #TRUST_STORE_PASSWORD},
     * e.g. for {@code -Djavax.net.ssl.trustStore}; removed at stop.
     */
    public Optional<Path> trustStore() {
        return tls.trustStore();
    }

    public int port() {
        ServerConnector current = connector;
        if (current == null) {
            throw new IllegalStateException("the emulator is not started");
        }
        return current.getLocalPort();
    }

    /** The Pub/Sub API's (gRPC) port: plaintext, or TLS with the HTTPS certificate when the emulator serves HTTPS. */
    public int pubSubPort() {
        if (connector == null) {
            throw new IllegalStateException("the emulator is not started");
        }
        return wiring.pubSub().port();
    }

    /** {@code host:port} of the Pub/Sub API, the target for a gRPC channel. */
    public String pubSubTarget() {
        return settings.host() + ":" + pubSubPort();
    }

    public PubSubTimers pubSubTimers() {
        return settings.pubSubTimers();
    }

    /**
     * Declares a platform event ({@code Name__e}) with typed fields, or adds fields to one; returns the schema
     * id of its definition. Undeclared events still work: their fields come from what is published.
     */
    public String declarePlatformEvent(String name, Map<String, EventFieldType> fields) {
        return wiring.declarePlatformEvent(name, fields);
    }

    /**
     * Declares a Pub/Sub managed event subscription, or updates the one of that developer name (its topic stays;
     * {@code STOP} ends the stream that uses it); returns its record id ({@code 18x...}).
     */
    public String declareManagedSubscription(ManagedSubscription subscription) {
        return wiring.pubSub().managedSubscriptions().declare(subscription);
    }

    /** The replay id last committed for a managed subscription; empty before any commit. */
    public OptionalLong committedReplayId(String developerName) {
        return wiring.pubSub().managedSubscriptions().committed(developerName);
    }

    public boolean isRunning() {
        Server current = server;
        return current != null && current.isRunning();
    }

    /** Stops serving and closes every open connection. */
    public synchronized void stop() {
        if (server != null) {
            stopQuietly(server);
            server = null;
            connector = null;
        }
        stopped = true;
        wiring.pubSub().close();
        tls.release();
        wiring.streaming().close();
    }

    @Override
    public void close() {
        stop();
    }

    public OrgFixture fixture() {
        return settings.fixture();
    }

    public EmulatorTimers timers() {
        return settings.timers();
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** Moves the emulator's clock forward (retention, limit windows). */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /**
     * Every issued access token becomes invalid until its client logs in again; held streaming connects end
     * at once with {@code 401::Authentication invalid}.
     */
    public int revokeAllTokens() {
        return wiring.tokens().revokeAllAccessTokens();
    }

    /** The requests received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return wiring.requestLog().entries();
    }

    public void clearRequests() {
        wiring.requestLog().clear();
    }

    /** Publishes raw events on any channel (the Bayeux side assigns the replay id). */
    public StreamingBus streaming() {
        return wiring.streaming();
    }

    /** The private key matching the JWT certificate the emulator generated, when none was configured. */
    public Optional<PrivateKey> jwtSigningKey() {
        return wiring.generatedJwtKey();
    }

    /** Creates a record as the default user, with notifications, as a REST create would; returns its id. */
    public String createRecord(String type, Map<String, Object> fields) {
        return store().create(type, fields, adminChange(), null).id();
    }

    public void updateRecord(String type, String id, Map<String, Object> fields) {
        store().update(type, id, fields, adminChange());
    }

    public void deleteRecord(String type, String id) {
        store().delete(type, id, adminChange());
    }

    public void undeleteRecord(String id) {
        store().undelete(id, adminChange());
    }

    /** A record's fields by id (15 or 18 characters), deleted records included. */
    public Optional<Map<String, Object>> record(String id) {
        return store().get(id).map(r -> new LinkedHashMap<>(r.fields()));
    }

    /** The live records of a type, in creation order. */
    public List<Map<String, Object>> records(String type) {
        return store().list(type, false).stream().map(StoredRecord::fields)
                .map(f -> (Map<String, Object>) new LinkedHashMap<>(f)).toList();
    }

    private OrgStore store() {
        return wiring.store();
    }

    private ChangeContext adminChange() {
        EmulatorUser user = settings.fixture().users().get(0);
        return new ChangeContext(new Principal(user.userId(), settings.fixture().orgId(), user.username()), "rest",
                settings.streamingOptions().currentApiVersion(), null);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the emulator did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Configures an {@link Emulator}; every setting has Salesforce's default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private EmulatorTimers timers = EmulatorTimers.SALESFORCE;
        private OrgFixture fixture = OrgFixture.defaults();
        private int queryBatchSize = 2000;
        private StreamingOptions streamingOptions = StreamingOptions.defaults();
        private EmulatorClock clock = EmulatorClock.system();
        private SessionPolicy sessionPolicy = SessionPolicy.NONE;
        private int pubSubPort;
        private PubSubTimers pubSubTimers = PubSubTimers.SALESFORCE;
        private final Map<String, Map<String, EventFieldType>> platformEvents = new LinkedHashMap<>();
        private final List<ManagedSubscription> managedSubscriptions = new ArrayList<>();
        private EmulatorTls tls = EmulatorTls.off();

        private Builder() {
        }

        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** 0 (the default) picks any free port. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + value);
            }
            this.port = value;
            return this;
        }

        public Builder timers(EmulatorTimers value) {
            this.timers = Objects.requireNonNull(value, "timers");
            return this;
        }

        /** Short timers for tests ({@link EmulatorTimers#fast()}, {@link PubSubTimers#fast()}). */
        public Builder fastTimers() {
            return timers(EmulatorTimers.fast()).pubSubTimers(PubSubTimers.fast());
        }

        /** The Pub/Sub API's port; 0 (the default) picks any free port. */
        public Builder pubSubPort(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("pubSubPort must be 0..65535, got " + value);
            }
            this.pubSubPort = value;
            return this;
        }

        public Builder pubSubTimers(PubSubTimers value) {
            this.pubSubTimers = Objects.requireNonNull(value, "pubSubTimers");
            return this;
        }

        /** Declares a platform event ({@code Name__e}) with typed fields, in schema order. */
        public Builder platformEvent(String name, Map<String, EventFieldType> fields) {
            platformEvents.put(Objects.requireNonNull(name, "name"), new LinkedHashMap<>(fields));
            return this;
        }

        /** Declares a Pub/Sub managed event subscription (a {@code ManagedEventSubscription} of the org). */
        public Builder managedSubscription(ManagedSubscription value) {
            managedSubscriptions.add(Objects.requireNonNull(value, "managedSubscription"));
            return this;
        }

        public Builder fixture(OrgFixture value) {
            this.fixture = Objects.requireNonNull(value, "fixture");
            return this;
        }

        /** Records per query page before {@code nextRecordsUrl} (Salesforce: 2,000). */
        public Builder queryBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("queryBatchSize must be >= 1, got " + value);
            }
            this.queryBatchSize = value;
            return this;
        }

        /** The public key of the certificate uploaded to the connected app for the JWT bearer flow. */
        public Builder jwtPublicKey(RSAPublicKey key) {
            this.fixture = fixture.withConnectedApp(fixture.connectedApp().withJwtPublicKey(
                    Objects.requireNonNull(key, "key")));
            return this;
        }

        /** The certificate uploaded to the connected app for the JWT bearer flow (an RSA certificate). */
        public Builder jwtCertificate(X509Certificate certificate) {
            if (!(certificate.getPublicKey() instanceof RSAPublicKey key)) {
                throw new IllegalArgumentException("the JWT certificate must hold an RSA key, got "
                        + certificate.getPublicKey().getAlgorithm());
            }
            return jwtPublicKey(key);
        }

        /**
         * Whether the connected app rotates refresh tokens: each {@code refresh_token} grant then returns a
         * new {@code refresh_token} and invalidates the one it used. Off by default; set it after {@code fixture}.
         */
        public Builder rotateRefreshTokens(boolean rotate) {
            this.fixture = fixture.withConnectedApp(fixture.connectedApp().withRefreshTokenRotation(rotate));
            return this;
        }

        /** When access tokens expire on the emulator's clock (idle timeout, absolute lifetime); default never. */
        public Builder sessionPolicy(SessionPolicy value) {
            this.sessionPolicy = Objects.requireNonNull(value, "sessionPolicy");
            return this;
        }

        public Builder streamingOptions(StreamingOptions value) {
            this.streamingOptions = Objects.requireNonNull(value, "streamingOptions");
            return this;
        }

        public Builder clock(EmulatorClock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Serves HTTPS, and the Pub/Sub API over TLS, with a self-signed certificate for 127.0.0.1, localhost and the
         * host, generated at start; see {@link Emulator#certificatePem()} and {@link Emulator#trustStore()}.
         */
        public Builder tls() {
            this.tls = EmulatorTls.generated();
            return this;
        }

        /**
         * Serves HTTPS with a self-signed certificate for exactly these host names or IP addresses, generated at
         * start: one that leaves out the emulator's host tests a client's host name verification.
         */
        public Builder tlsFor(String... names) {
            this.tls = EmulatorTls.generatedFor(List.of(names));
            return this;
        }

        /** Serves HTTPS with the first key of a PKCS#12 key store. */
        public Builder tls(Path keyStore, String password) {
            this.tls = EmulatorTls.keyStore(Objects.requireNonNull(keyStore, "keyStore"), password);
            return this;
        }

        public Emulator build() {
            return new Emulator(new EmulatorSettings(host, port, timers, fixture, queryBatchSize, streamingOptions,
                    clock, sessionPolicy, pubSubPort, pubSubTimers, platformEvents, managedSubscriptions), tls);
        }

        /** Builds and starts. */
        public Emulator start() {
            return build().start();
        }
    }
}
