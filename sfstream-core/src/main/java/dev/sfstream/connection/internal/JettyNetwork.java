package dev.sfstream.connection.internal;

import dev.sfstream.connection.NetworkSettings;
import java.util.Optional;
import org.eclipse.jetty.client.BasicAuthentication;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.Origin;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Applies {@link NetworkSettings} to a Jetty client before it starts: the one place TLS and proxies are set up. */
public final class JettyNetwork {
    private JettyNetwork() {
    }

    /**
     * Sets the TLS context (host names always verified) and the proxy with its bypass list and credentials.
     *
     * @throws IllegalArgumentException naming the config key of a trust or key store that cannot be read
     */
    public static HttpClient configure(HttpClient client, NetworkSettings settings) {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setSslContext(TlsContexts.of(settings));
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        client.setSslContextFactory(tls);
        proxy(settings).ifPresent(choice -> {
            HttpProxy proxy = new BypassingProxy(new Origin.Address(choice.host(), choice.port()), choice.bypass());
            client.getProxyConfiguration().addProxy(proxy);
            if (choice.user() != null) {
                client.getAuthenticationStore().addAuthenticationResult(new BasicAuthentication.BasicResult(
                        proxy.getURI(), HttpHeader.PROXY_AUTHORIZATION, choice.user(), choice.password()));
            }
        });
        return client;
    }

    static Optional<ProxyChoice> proxy(NetworkSettings settings) {
        return ProxyChoice.of(settings, System::getProperty);
    }

    /** Jetty's HTTP proxy with {@code http.nonProxyHosts}-style patterns, which Jetty's own exclusions lack. */
    private static final class BypassingProxy extends HttpProxy {
        private final HostPatterns bypass;

        BypassingProxy(Origin.Address address, HostPatterns bypass) {
            super(address, false);
            this.bypass = bypass;
        }

        @Override
        public boolean matches(Origin origin) {
            return super.matches(origin) && !bypass.matches(origin.getAddress().getHost());
        }
    }
}
