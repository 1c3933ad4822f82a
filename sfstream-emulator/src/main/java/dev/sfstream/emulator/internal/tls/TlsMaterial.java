package dev.sfstream.emulator.internal.tls;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The emulator's server key and certificate, and the files clients need to trust it: the certificate as PEM
 * and a PKCS#12 trust store holding it, in a directory of their own that {@link #delete()} removes.
 *
 * @param keyStore the server's key store (key entry {@value #ALIAS})
 * @param keyStorePassword its password
 * @param certificate the server certificate
 * @param directory where the client files are
 */
public record TlsMaterial(KeyStore keyStore, String keyStorePassword, X509Certificate certificate, Path directory) {
    /** The password of {@link #trustStore()}: it holds a public certificate only, so nothing needs hiding. */
    public static final String TRUST_STORE_PASSWORD = "changeit";
    private static final String ALIAS = "emulator";

    /** A self-signed certificate for {@code names}, generated now. */
    public static TlsMaterial generate(List<String> names) {
        SelfSignedCertificate generated = SelfSignedCertificate.generate(names);
        try {
            String password = TRUST_STORE_PASSWORD;
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, generated.keys().getPrivate(), password.toCharArray(),
                    new Certificate[] {generated.certificate()});
            return withFiles(store, password, generated.certificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the emulator could not store its TLS key: " + e.getMessage(), e);
        }
    }

    /** The first key entry of a PKCS#12 (or JKS) key store file. */
    public static TlsMaterial load(Path keyStoreFile, String password) {
        char[] secret = password == null ? null : password.toCharArray();
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            for (String alias : Collections.list(store.aliases())) {
                Key key = store.getKey(alias, secret);
                if (key != null && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return withFiles(store, password, certificate);
                }
            }
            throw new IllegalArgumentException("the TLS key store " + keyStoreFile + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the TLS key store " + keyStoreFile + " cannot be read ("
                    + e.getClass().getSimpleName() + "); is it PKCS#12 and the password right?", e);
        }
    }

    private static TlsMaterial withFiles(KeyStore store, String password, X509Certificate certificate)
            throws IOException, GeneralSecurityException {
        Path directory = Files.createTempDirectory("sfstream-emulator-tls");
        Files.writeString(directory.resolve("emulator-certificate.pem"), pem(certificate), StandardCharsets.US_ASCII);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, certificate);
        try (OutputStream out = Files.newOutputStream(directory.resolve("emulator-truststore.p12"))) {
            trust.store(out, TRUST_STORE_PASSWORD.toCharArray());
        }
        return new TlsMaterial(store, password, certificate, directory);
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** The certificate as a PEM file. */
    public Path certificatePem() {
        return directory.resolve("emulator-certificate.pem");
    }

    /** A PKCS#12 trust store holding the certificate, password {@value #TRUST_STORE_PASSWORD}. */
    public Path trustStore() {
        return directory.resolve("emulator-truststore.p12");
    }

    /** The server side of TLS. The client's SNI need not match: clients reach the emulator by IP address. */
    public SslContextFactory.Server serverContext() {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStore(keyStore);
        factory.setKeyStorePassword(keyStorePassword);
        factory.setSniRequired(false);
        return factory;
    }

    /** The server side of TLS for the Pub/Sub API's gRPC server: the same key and certificate. */
    public ServerCredentials grpcCredentials() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, keyStorePassword == null ? null : keyStorePassword.toCharArray());
            return TlsServerCredentials.newBuilder().keyManager(keys.getKeyManagers()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the emulator could not use its TLS key for the Pub/Sub API: "
                    + e.getMessage(), e);
        }
    }

    /** Removes the client files. */
    public void delete() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // temporary files; the OS cleans up what is left
        }
    }
}
