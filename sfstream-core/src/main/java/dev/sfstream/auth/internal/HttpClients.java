package dev.sfstream.auth.internal;

import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.connection.internal.JettyNetwork;
import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Creates the Jetty HTTP clients sfstream owns when the caller does not share one. */
public final class HttpClients {
    private HttpClients() {
    }

    /**
     * A started client with connect and idle timeouts, TLS trust and proxy, whose threads are named after
     * {@code name}.
     *
     * @throws IllegalStateException when Jetty cannot start it
     * @throws IllegalArgumentException naming the config key of a trust or key store that cannot be read
     */
    public static HttpClient startNew(String name, Duration connectTimeout, NetworkSettings network) {
        HttpClient client = JettyNetwork.configure(new HttpClient(), network);
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName(name);
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setConnectTimeout(connectTimeout.toMillis());
        client.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        client.setFollowRedirects(false);
        try {
            client.start();
            acceptPlainUnauthorized(client);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the HTTP client " + name + ": " + e.getMessage(), e);
        }
        return client;
    }

    /**
     * Lets 401 answers through as they are. Salesforce answers an expired session with 401 and no
     * {@code WWW-Authenticate} challenge, which Jetty's authentication handler would otherwise turn into a
     * protocol-violation failure before sfstream could renew the session.
     */
    public static void acceptPlainUnauthorized(HttpClient client) {
        client.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
    }

    /** Stops a client this side started; failures are ignored because nothing can be done about them. */
    public static void stopQuietly(HttpClient client) {
        try {
            client.stop();
        } catch (Exception ignored) {
            // stopping is best effort
        }
    }
}
