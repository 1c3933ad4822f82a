package dev.sfstream.connection.internal;

import dev.sfstream.connection.NetworkSettings;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpResponseException;

/**
 * One-line explanations of the network failures a setting fixes: an untrusted or mismatched TLS certificate
 * (naming the host and {@code SALESFORCE.TRUST_STORE}) and a proxy that refuses or cannot be reached (naming
 * the proxy, since Salesforce was never asked). Other failures are left to the caller.
 */
public final class NetworkFailures {
    private NetworkFailures() {
    }

    /** The explanation of {@code failure} of a request to {@code target}, when a setting fixes it. */
    public static Optional<String> explain(URI target, Throwable failure, NetworkSettings settings) {
        return explain(target.getHost(), port(target), "SALESFORCE.LOGIN_URL, or the instance URL Salesforce returns",
                failure, settings);
    }

    /**
     * The explanation of {@code failure} of a connection to {@code host:port}, when a setting fixes it: a proxy
     * that refused the tunnel (as Jetty reports it) or cannot be reached, an untrusted or mismatched certificate.
     * {@code hostSetting} names where the host comes from, for a certificate issued for other names.
     */
    public static Optional<String> explain(String host, int port, String hostSetting, Throwable failure,
                                           NetworkSettings settings) {
        String where = host + ":" + port;
        Optional<ProxyChoice> proxy = ProxyChoice.forHost(settings, System::getProperty, host);
        if (proxy.isPresent()) {
            Optional<String> refusal = proxyRefusal(proxy.get(), where, failure);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (find(failure, CertificateException.class) != null && mentions(failure, "no subject alternative",
                "no name matching")) {
            return Optional.of("The TLS certificate of " + where + " is not issued for " + host + " (host names are "
                    + "always verified): reach it by a name its certificate holds (" + hostSetting + "), or trust the right certificate with SALESFORCE.TRUST_STORE");
        }
        if (find(failure, CertPathBuilderException.class) != null || find(failure, CertPathValidatorException.class)
                != null || mentions(failure, "unable to find valid certification path")) {
            return Optional.of("The TLS certificate of " + where + " is not trusted: set SALESFORCE.TRUST_STORE to a "
                    + "trust store (PKCS#12, JKS or PEM) holding it or its CA" + (settings.trustStore() == null
                    ? " (or the JVM's javax.net.ssl.trustStore)" : " instead of " + settings.trustStore()));
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return Optional.of("The TLS handshake with " + where + " failed: " + tls.getMessage()
                    + " (see SALESFORCE.TRUST_STORE and SALESFORCE.KEY_STORE)");
        }
        return Optional.empty();
    }

    /**
     * The explanation of a proxy's refusal, reported by a client other than Jetty, to open a tunnel to
     * {@code host:port} with {@code status} and {@code reason}; empty when no proxy applies to the host.
     */
    public static Optional<String> proxyRefusal(String host, int port, int status, String reason,
                                                NetworkSettings settings) {
        return ProxyChoice.forHost(settings, System::getProperty, host)
                .map(proxy -> refusal(proxy, host + ":" + port, status, reason));
    }

    private static String refusal(ProxyChoice proxy, String where, int status, String reason) {
        String hint = status == 407 ? (proxy.user() == null
                ? "; it wants credentials: SALESFORCE.PROXY_URL http://user:password@host:port"
                : "; check the user and password in SALESFORCE.PROXY_URL")
                : "; ask its administrators to allow " + where + ", or exclude the host (SALESFORCE.PROXY_EXCLUDE)";
        return "The proxy " + proxy.describe() + " refused to connect to " + where + " with " + status + " " + reason
                + hint;
    }

    private static Optional<String> proxyRefusal(ProxyChoice proxy, String where, Throwable failure) {
        HttpResponseException refused = find(failure, HttpResponseException.class);
        if (refused != null && refused.getResponse().getRequest().getMethod().equals("CONNECT")) {
            return Optional.of(refusal(proxy, where, refused.getResponse().getStatus(),
                    refused.getResponse().getReason()));
        }
        if (find(failure, ConnectException.class) != null || find(failure, UnresolvedAddressException.class) != null
                || find(failure, UnknownHostException.class) != null
                || find(failure, NoRouteToHostException.class) != null) {
            return Optional.of("The proxy " + proxy.describe() + " cannot be reached (" + rootMessage(failure)
                    + "); check SALESFORCE.PROXY_URL or the JVM's https.proxyHost and https.proxyPort");
        }
        return Optional.empty();
    }

    private static int port(URI target) {
        return target.getPort() > 0 ? target.getPort() : "https".equals(target.getScheme()) ? 443 : 80;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean mentions(Throwable failure, String... fragments) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            for (String fragment : fragments) {
                if (message.contains(fragment)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
