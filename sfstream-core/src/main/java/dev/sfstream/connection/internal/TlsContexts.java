package dev.sfstream.connection.internal;

import dev.sfstream.connection.NetworkSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The {@link SSLContext} of the configured trust and key stores; the JVM's default one (which honours
 * {@code javax.net.ssl.trustStore} and {@code javax.net.ssl.keyStore}) when neither is configured.
 */
public final class TlsContexts {
    private TlsContexts() {
    }

    /** @throws IllegalArgumentException naming the key of a trust or key store that cannot be read */
    public static SSLContext of(NetworkSettings settings) {
        try {
            if (settings.trustStore() == null && settings.keyStore() == null) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = null;
            if (settings.trustStore() != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore(settings));
            }
            KeyManagerFactory keys = null;
            if (settings.keyStore() != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load("KEY_STORE", settings.keyStore(), "PKCS12", settings.keyStorePassword()),
                        secret(settings.keyStorePassword()));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS cannot be set up: " + e.getMessage(), e);
        }
    }

    private static KeyStore trustStore(NetworkSettings settings) {
        Path file = settings.trustStore();
        String type = settings.trustStoreType();
        if ("PEM".equals(type) || (type == null && isPem(file))) {
            return pemCertificates(file);
        }
        return load("TRUST_STORE", file, type == null ? "PKCS12" : type, settings.trustStorePassword());
    }

    private static boolean isPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), StandardCharsets.US_ASCII).contains("-----BEGIN");
        } catch (IOException unreadable) {
            throw cannotRead("TRUST_STORE", file, unreadable);
        }
    }

    private static KeyStore pemCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("pem-" + index++, certificate);
            }
            if (index == 0) {
                throw new IllegalArgumentException("SALESFORCE.TRUST_STORE " + file + " holds no certificate");
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw cannotRead("TRUST_STORE", file, e);
        }
    }

    // PKCS12 also reads JKS files (the JDK's keystore.type.compat), so the type rarely needs giving.
    private static KeyStore load(String key, Path file, String type, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, secret(password));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw cannotRead(key, file, e);
        }
    }

    private static char[] secret(String password) {
        return password == null ? null : password.toCharArray();
    }

    private static IllegalArgumentException cannotRead(String key, Path file, Exception cause) {
        return new IllegalArgumentException("SALESFORCE." + key + " " + file + " cannot be read ("
                + cause.getClass().getSimpleName() + "); check the file, its type and SALESFORCE." + key
                + "_PASSWORD", cause);
    }
}
