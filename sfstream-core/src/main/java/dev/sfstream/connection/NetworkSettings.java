package dev.sfstream.connection;

import dev.sfstream.connection.internal.NetworkFailures;
import dev.sfstream.connection.internal.ProxyRoutes;
import dev.sfstream.connection.internal.TlsContexts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How login, REST and streaming reach Salesforce: whom TLS trusts, the client key (rarely needed), and the
 * HTTP proxy. A null value means the JVM's own setting ({@code javax.net.ssl.*}, {@code https.proxyHost},
 * {@code https.proxyPort}, {@code http.nonProxyHosts}). Host names are always verified. {@link #toString()}
 * never shows a password or the proxy's credentials.
 *
 * @param trustStore trust store file, PKCS#12, JKS or PEM certificates ({@code TRUST_STORE}); null: the JVM's
 * @param trustStorePassword its password ({@code TRUST_STORE_PASSWORD}); null for none
 * @param trustStoreType {@code PKCS12}, {@code JKS} or {@code PEM} ({@code TRUST_STORE_TYPE}); null: from the file
 * @param keyStore client key store, PKCS#12 or JKS, for orgs that demand mutual TLS ({@code KEY_STORE}); null: none
 *     (or the JVM's {@code javax.net.ssl.keyStore} when no trust store is given either)
 * @param keyStorePassword its password, also the key's ({@code KEY_STORE_PASSWORD})
 * @param proxyUrl {@code http://[user:password@]host:port} ({@code PROXY_URL}); null: the JVM's
 *     {@code https.proxyHost}/{@code https.proxyPort}, or no proxy
 * @param proxyExclude hosts that bypass {@code proxyUrl}, {@code http.nonProxyHosts} patterns such as
 *     {@code *.internal} ({@code PROXY_EXCLUDE}); empty: every host goes through it
 */
public record NetworkSettings(Path trustStore, String trustStorePassword, String trustStoreType, Path keyStore,
                              String keyStorePassword, URI proxyUrl, List<String> proxyExclude) {
    private static final List<String> STORE_TYPES = List.of("PKCS12", "JKS", "PEM");

    public NetworkSettings {
        trustStoreType = trustStoreType == null ? null : trustStoreType.trim().toUpperCase(Locale.ROOT);
        if (trustStoreType != null && !STORE_TYPES.contains(trustStoreType)) {
            throw new IllegalArgumentException("SALESFORCE.TRUST_STORE_TYPE must be one of " + STORE_TYPES
                    + ", got '" + trustStoreType + "'");
        }
        requireFile("TRUST_STORE", trustStore);
        requireFile("KEY_STORE", keyStore);
        if (proxyUrl != null && (!"http".equals(proxyUrl.getScheme()) || proxyUrl.getHost() == null
                || proxyUrl.getPort() < 1)) {
            throw new IllegalArgumentException("SALESFORCE.PROXY_URL must look like http://[user:password@]host:port, "
                    + "got '" + withoutCredentials(proxyUrl) + "'");
        }
        proxyExclude = proxyExclude == null ? List.of() : List.copyOf(proxyExclude);
    }

    /** Everything from the JVM's standard properties. */
    public static NetworkSettings jvmDefaults() {
        return new NetworkSettings(null, null, null, null, null, null, List.of());
    }

    /**
     * The TLS context of these settings, for a client other than sfstream's own (such as the Pub/Sub API's gRPC
     * channel), which must verify host names itself; the JVM's default context when neither store is set.
     *
     * @throws IllegalArgumentException naming the key of a trust or key store that cannot be read
     */
    public SSLContext sslContext() {
        return TlsContexts.of(this);
    }

    /**
     * The HTTP proxy to reach {@code host} through with HTTP CONNECT, {@code http://[user:password@]host:port} (the
     * credentials are secret: never log this URI), or empty when {@code host} is reached directly.
     */
    public Optional<URI> proxyFor(String host) {
        return ProxyRoutes.forHost(this, host);
    }

    /**
     * One line that explains a failed connection to {@code host:port} when a setting fixes it (an untrusted or
     * mismatched certificate, a proxy that cannot be reached), naming the key to set; {@code hostSetting} names
     * the setting the host comes from.
     */
    public Optional<String> explain(String host, int port, String hostSetting, Throwable failure) {
        return NetworkFailures.explain(host, port, hostSetting, failure, this);
    }

    /** One line that explains a proxy's refusal to open a tunnel to {@code host:port} ({@code status}, {@code reason}). */
    public Optional<String> explainProxyRefusal(String host, int port, int status, String reason) {
        return NetworkFailures.proxyRefusal(host, port, status, reason, this);
    }

    private static void requireFile(String key, Path file) {
        if (file != null && !Files.isReadable(file)) {
            throw new IllegalArgumentException("SALESFORCE." + key + " " + file + ": no such readable file");
        }
    }

    /** {@code uri} with its user and password left out, for messages. */
    public static String withoutCredentials(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
        return "NetworkSettings[trustStore=" + trustStore + ", trustStoreType=" + trustStoreType + ", keyStore="
                + keyStore + ", proxyUrl=" + (proxyUrl == null ? null : withoutCredentials(proxyUrl))
                + ", proxyExclude=" + proxyExclude + "]";
    }
}
