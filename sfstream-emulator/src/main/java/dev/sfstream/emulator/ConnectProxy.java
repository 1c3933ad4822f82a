package dev.sfstream.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConnectHandler;

/**
 * An HTTP CONNECT proxy on loopback, like a corporate proxy in front of Salesforce: it tunnels TLS to any
 * host, optionally only with basic credentials (407 without), or refuses every tunnel (403). It records
 * where each tunnel went, so tests can prove that traffic went through it.
 */
public final class ConnectProxy implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();

    private ConnectProxy(String expectedAuthorization, boolean refuseAll) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new Tunnels(expectedAuthorization, refuseAll));
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the proxy could not start: " + e.getMessage(), e);
        }
    }

    /** A proxy that tunnels for anyone. */
    public static ConnectProxy open() {
        return new ConnectProxy(null, false);
    }

    /** A proxy that tunnels only for requests with these basic credentials and answers 407 otherwise. */
    public static ConnectProxy withCredentials(String user, String password) {
        String token = Base64.getEncoder().encodeToString((Objects.requireNonNull(user) + ":"
                + Objects.requireNonNull(password)).getBytes(StandardCharsets.UTF_8));
        return new ConnectProxy("Basic " + token, false);
    }

    /** A proxy that refuses every tunnel with 403 Forbidden. */
    public static ConnectProxy refusing() {
        return new ConnectProxy(null, true);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:port}. */
    public String url() {
        return "http://" + host() + ":" + port();
    }

    /** The {@code host:port} of every tunnel the proxy agreed to open, oldest first. */
    public List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the proxy did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private final class Tunnels extends ConnectHandler {
        private final String expectedAuthorization;
        private final boolean refuseAll;

        Tunnels(String expectedAuthorization, boolean refuseAll) {
            this.expectedAuthorization = expectedAuthorization;
            this.refuseAll = refuseAll;
        }

        @Override
        public boolean validateDestination(String host, int port) {
            return !refuseAll && super.validateDestination(host, port);
        }

        @Override
        protected boolean handleAuthentication(Request request, Response response, String address) {
            if (expectedAuthorization != null
                    && !expectedAuthorization.equals(request.getHeaders().get(HttpHeader.PROXY_AUTHORIZATION))) {
                response.getHeaders().put(HttpHeader.PROXY_AUTHENTICATE, "Basic realm=\"proxy\"");
                return false;
            }
            tunnels.add(address);
            return true;
        }
    }
}
