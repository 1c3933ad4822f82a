package dev.sfstream.amqp.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the broker connection, from Nameko's {@code AMQP_SSL} (either {@code true} or a map with
 * {@code ca_certs}, a PEM file of trusted CA certificates). The server certificate and host name are
 * always verified, against {@code ca_certs} if given, else against the JVM's default trust store.
 *
 * @param caCertificates PEM file of trusted CA certificates, or empty for the JVM default
 */
public record TlsSettings(Optional<Path> caCertificates) {
    /** TLS verified against the JVM's default trust store. */
    public static final TlsSettings DEFAULT = new TlsSettings(Optional.empty());

    private static final Set<String> SUPPORTED_KEYS = Set.of("ca_certs", "cert_reqs");

    /** Reads {@code AMQP_SSL}; empty when it is absent or false. */
    public static Optional<TlsSettings> from(Object amqpSsl) {
        if (amqpSsl == null || Boolean.FALSE.equals(amqpSsl) || "false".equalsIgnoreCase(amqpSsl.toString())) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(amqpSsl) || "true".equalsIgnoreCase(amqpSsl.toString())) {
            return Optional.of(DEFAULT);
        }
        if (!(amqpSsl instanceof Map<?, ?> options)) {
            throw new IllegalArgumentException("AMQP_SSL must be true, false or a map, got '" + amqpSsl + "'");
        }
        for (Object key : options.keySet()) {
            if (!SUPPORTED_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("AMQP_SSL." + key + " is not supported (supported: "
                        + String.join(", ", SUPPORTED_KEYS) + ")");
            }
        }
        Object certReqs = options.get("cert_reqs");
        if (certReqs != null && !"CERT_REQUIRED".equals(certReqs.toString()) && !"2".equals(certReqs.toString())) {
            throw new IllegalArgumentException("AMQP_SSL.cert_reqs must be CERT_REQUIRED, got '" + certReqs
                    + "': sfstream always verifies the broker's certificate");
        }
        Object caCerts = options.get("ca_certs");
        return Optional.of(new TlsSettings(Optional.ofNullable(caCerts).map(Object::toString).map(Path::of)));
    }

    /** The SSL context that verifies the broker against the configured CA certificates. */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(caCertificates.map(TlsSettings::loadTrustStore).orElse(null));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AMQP_SSL: cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyStore loadTrustStore(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            if (index == 0) {
                throw new IllegalArgumentException("AMQP_SSL.ca_certs: no certificate in " + pem);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("AMQP_SSL.ca_certs: cannot read " + pem + ": " + e.getMessage(), e);
        }
    }
}
