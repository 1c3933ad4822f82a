package dev.sfstream.auth;

import dev.sfstream.auth.internal.HttpClients;
import dev.sfstream.auth.internal.LoginFlow;
import dev.sfstream.auth.internal.LoginFlows;
import dev.sfstream.auth.internal.RetirementWarnings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.client.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SessionSource} that logs in with the configured {@link AuthFlow}. Logins are single-flight:
 * however many callers find a session rejected at the same time, one login happens and all of them get
 * its session. Share one instance between the REST client and the streaming session.
 */
public final class SalesforceLogin implements SessionSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceLogin.class);

    private final LoginSettings settings;
    private final LoginFlow flow;
    private final HttpClient ownedClient;
    private final ReentrantLock loginLock = new ReentrantLock();
    private volatile Session session;

    /** Logs in with its own HTTP client, released by {@link #close()}. Does not log in until first asked. */
    public SalesforceLogin(LoginSettings settings) {
        this(settings, HttpClients.startNew("sfstream-login", Duration.ofSeconds(10), settings.network()), true);
    }

    /**
     * Logs in through a started Jetty client the caller owns (e.g. the one the streaming session uses), set up
     * for TLS and proxies by its owner.
     * Its {@code WWW-Authenticate} protocol handler is removed so that Salesforce's plain 401 answers
     * reach sfstream.
     */
    public SalesforceLogin(LoginSettings settings, HttpClient sharedClient) {
        this(settings, plainUnauthorized(sharedClient), false);
    }

    private static HttpClient plainUnauthorized(HttpClient client) {
        HttpClients.acceptPlainUnauthorized(Objects.requireNonNull(client, "sharedClient"));
        return client;
    }

    private SalesforceLogin(LoginSettings settings, HttpClient client, boolean owned) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownedClient = owned ? client : null;
        RetirementWarnings.of(settings).forEach(LOG::warn);
        try {
            this.flow = LoginFlows.create(settings, client, Clock.systemUTC());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public dev.sfstream.connection.NetworkSettings network() {
        return settings.network();
    }

    /** The settings this source logs in with. */
    public LoginSettings settings() {
        return settings;
    }

    @Override
    public Session current() {
        Session known = session;
        if (known != null) {
            return known;
        }
        loginLock.lock();
        try {
            if (session == null) {
                session = loginNow();
            }
            return session;
        } finally {
            loginLock.unlock();
        }
    }

    @Override
    public Optional<Session> ifReady() {
        return Optional.ofNullable(session);
    }

    @Override
    public Session renew(Session rejected) {
        loginLock.lock();
        try {
            Session known = session;
            if (known != null && rejected != null && !known.accessToken().equals(rejected.accessToken())) {
                return known;
            }
            session = null;
            session = loginNow();
            return session;
        } finally {
            loginLock.unlock();
        }
    }

    private Session loginNow() {
        Session fresh = flow.login();
        LOG.info("Logged in to Salesforce (AUTH {}) at {} as user {} of org {}", settings.flow().configName(),
                fresh.instanceUrl(), fresh.userId(), fresh.orgId());
        return fresh;
    }

    @Override
    public void close() {
        if (ownedClient != null) {
            HttpClients.stopQuietly(ownedClient);
        }
    }
}
