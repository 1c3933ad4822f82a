package dev.sfstream.pubsub.internal;

import dev.sfstream.connection.NetworkSettings;
import io.grpc.HttpConnectProxiedSocketAddress;
import io.grpc.ProxiedSocketAddress;
import io.grpc.ProxyDetector;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Optional;

/**
 * gRPC's proxy choice made from {@link NetworkSettings}: {@code SALESFORCE.PROXY_URL} and {@code PROXY_EXCLUDE},
 * else the JVM's {@code https.proxyHost}, {@code https.proxyPort} and {@code http.nonProxyHosts} (loopback goes
 * direct when unset), tunnelled with HTTP CONNECT and basic credentials. It replaces gRPC's default detector, so
 * the Pub/Sub channel goes where login, REST and CometD go.
 */
final class NetworkProxyDetector implements ProxyDetector {
    private final NetworkSettings network;

    NetworkProxyDetector(NetworkSettings network) {
        this.network = network;
    }

    @Override
    public ProxiedSocketAddress proxyFor(SocketAddress target) {
        if (!(target instanceof InetSocketAddress address)) {
            return null;
        }
        Optional<URI> proxy = network.proxyFor(address.getHostString());
        if (proxy.isEmpty()) {
            return null;
        }
        URI url = proxy.get();
        HttpConnectProxiedSocketAddress.Builder tunnel = HttpConnectProxiedSocketAddress.newBuilder()
                .setTargetAddress(address).setProxyAddress(new InetSocketAddress(url.getHost(), url.getPort()));
        String credentials = url.getUserInfo();
        if (credentials != null) {
            int colon = credentials.indexOf(':');
            tunnel.setUsername(colon < 0 ? credentials : credentials.substring(0, colon))
                    .setPassword(colon < 0 ? "" : credentials.substring(colon + 1));
        }
        return tunnel.build();
    }
}
