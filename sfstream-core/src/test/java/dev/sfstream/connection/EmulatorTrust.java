package dev.sfstream.connection;

import dev.sfstream.emulator.Emulator;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trust in a test's emulator, whether it serves HTTP or HTTPS: the network settings sfstream clients get, and
 * plain JDK clients for the control API. Suites that use it run unchanged against a TLS emulator.
 */
public final class EmulatorTrust {
    private EmulatorTrust() {
    }

    /** Trusts the emulator's certificate (PEM) when it has one, else the JVM's settings. */
    public static NetworkSettings network(Emulator emulator) {
        return emulator.certificatePem().map(pem -> new NetworkSettings(pem, null, null, null, null, null, List.of()))
                .orElseGet(NetworkSettings::jvmDefaults);
    }

    /** A JDK HTTP client that trusts the emulator. */
    public static HttpClient jdkClient(Emulator emulator) {
        if (emulator.trustStore().isEmpty()) {
            return HttpClient.newHttpClient();
        }
        try (InputStream in = Files.newInputStream(emulator.trustStore().get())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, Emulator.TRUST_STORE_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot trust the emulator's certificate: " + e.getMessage(), e);
        }
    }
}
