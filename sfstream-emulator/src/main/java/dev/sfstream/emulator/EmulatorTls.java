package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.tls.TlsMaterial;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The emulator's TLS mode: off, a certificate generated at start, or a given PKCS#12 key store, for HTTPS and the
 * Pub/Sub API alike; and, once started, the certificate files clients trust. Mutable only between start and stop, under the emulator's lock.
 */
final class EmulatorTls {
    private final boolean enabled;
    private final Path keyStore;
    private final String keyStorePassword;
    private final List<String> names;
    private TlsMaterial material;

    private EmulatorTls(boolean enabled, Path keyStore, String keyStorePassword, List<String> names) {
        this.enabled = enabled;
        this.keyStore = keyStore;
        this.keyStorePassword = keyStorePassword;
        this.names = names;
    }

    static EmulatorTls off() {
        return new EmulatorTls(false, null, null, null);
    }

    static EmulatorTls generated() {
        return new EmulatorTls(true, null, null, null);
    }

    /** A certificate generated for exactly {@code names}, e.g. one that does not name the emulator's host. */
    static EmulatorTls generatedFor(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a TLS certificate needs at least one name");
        }
        return new EmulatorTls(true, null, null, List.copyOf(names));
    }

    static EmulatorTls keyStore(Path file, String password) {
        return new EmulatorTls(true, file, password, null);
    }

    String scheme() {
        return enabled ? "https" : "http";
    }

    /** A plain connector, or a TLS one with a certificate for 127.0.0.1, localhost and {@code host}. */
    ServerConnector connector(Server server, String host) {
        if (!enabled) {
            return new ServerConnector(server);
        }
        material = keyStore != null ? TlsMaterial.load(keyStore, keyStorePassword)
                : TlsMaterial.generate(names != null ? names : defaultNames(host));
        HttpConfiguration http = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return new ServerConnector(server, material.serverContext(), new HttpConnectionFactory(http));
    }

    private static List<String> defaultNames(String host) {
        List<String> names = new ArrayList<>(List.of("127.0.0.1", "localhost"));
        if (!names.contains(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
            names.add(host);
        }
        return names;
    }

    /** How the Pub/Sub API's gRPC server serves: plaintext, or TLS with the certificate of {@link #connector}. */
    ServerCredentials pubSubCredentials() {
        return material == null ? InsecureServerCredentials.create() : material.grpcCredentials();
    }

    Optional<Path> certificatePem() {
        return Optional.ofNullable(material).map(TlsMaterial::certificatePem);
    }

    Optional<Path> trustStore() {
        return Optional.ofNullable(material).map(TlsMaterial::trustStore);
    }

    void release() {
        if (material != null) {
            material.delete();
            material = null;
        }
    }
}
