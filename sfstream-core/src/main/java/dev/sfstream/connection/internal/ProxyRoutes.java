package dev.sfstream.connection.internal;

import dev.sfstream.connection.NetworkSettings;
import java.net.URI;
import java.util.Optional;

/** The proxy a target host is reached through, for clients that set up their own HTTP CONNECT tunnel (gRPC). */
public final class ProxyRoutes {
    private ProxyRoutes() {
    }

    /** {@code http://[user:password@]host:port} of the proxy for {@code host}; empty when it is reached directly. */
    public static Optional<URI> forHost(NetworkSettings settings, String host) {
        return ProxyChoice.forHost(settings, System::getProperty, host).map(ProxyChoice::uri);
    }
}
