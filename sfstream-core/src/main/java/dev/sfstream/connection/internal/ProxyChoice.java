package dev.sfstream.connection.internal;

import dev.sfstream.connection.NetworkSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The proxy HTTPS traffic goes through: {@code SALESFORCE.PROXY_URL}, else the JVM's {@code https.proxyHost}
 * and {@code https.proxyPort} (port 443 when unset) with {@code http.nonProxyHosts} (loopback when unset).
 *
 * @param host the proxy's host
 * @param port the proxy's port
 * @param user basic credentials' user, or null
 * @param password basic credentials' password, or null
 * @param bypass hosts reached directly
 * @param source the setting to name in messages
 */
record ProxyChoice(String host, int port, String user, String password, HostPatterns bypass, String source) {
    static Optional<ProxyChoice> of(NetworkSettings settings, UnaryOperator<String> properties) {
        if (settings.proxyUrl() != null) {
            URI url = settings.proxyUrl();
            String user = null;
            String password = null;
            if (url.getRawUserInfo() != null) {
                String[] parts = url.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : "";
            }
            return Optional.of(new ProxyChoice(url.getHost(), url.getPort(), user, password,
                    new HostPatterns(settings.proxyExclude()), "SALESFORCE.PROXY_URL"));
        }
        String host = properties.apply("https.proxyHost");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = properties.apply("https.proxyPort");
        String nonProxy = properties.apply("http.nonProxyHosts");
        return Optional.of(new ProxyChoice(host.trim(), port == null || port.isBlank() ? 443
                : Integer.parseInt(port.trim()), null, null,
                nonProxy == null ? HostPatterns.JDK_DEFAULT : HostPatterns.parse(nonProxy), "https.proxyHost"));
    }

    /** The proxy for {@code targetHost}, unless it bypasses it; the JVM's properties read through {@code properties}. */
    static Optional<ProxyChoice> forHost(NetworkSettings settings, UnaryOperator<String> properties, String targetHost) {
        return of(settings, properties).filter(proxy -> proxy.appliesTo(targetHost));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    boolean appliesTo(String targetHost) {
        return !bypass.matches(targetHost);
    }

    /** {@code http://[user:password@]host:port}, the credentials quoted where a URI needs it. */
    URI uri() {
        try {
            return new URI("http", user == null ? null : user + ":" + password, host, port, null, null, null);
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException("the proxy " + describe() + " cannot be written as a URI", impossible);
        }
    }

    /** {@code http://host:port (source)}, without credentials. */
    String describe() {
        return "http://" + host + ":" + port + " (" + source + ")";
    }

    @Override
    public String toString() {
        return "ProxyChoice[" + describe() + ", user=" + user + ", bypass=" + bypass.patterns() + "]";
    }
}
