package dev.sfstream.auth;

import dev.sfstream.connection.EmulatorTrust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class JwtLoginTest {
    private static final String STORE_PASSWORD = "store-pass-42";
    private static final Path KEYSTORE = createKeystore();

    /** The emulator trusts the keystore's certificate, as an org trusts the one uploaded to its connected app. */
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension(builder -> builder.fixture(
            OrgFixture.defaults().withConnectedApp(OrgFixture.defaults().connectedApp()
                    .withJwtPublicKey(publicKeyOf(KEYSTORE)))));

    @RegisterExtension
    final EmulatorExtension generatedKeyEmulator = new EmulatorExtension();

    @TempDir
    Path dir;

    @Test
    void logsInWithAPkcs8PemKey() throws Exception {
        Emulator emulator = generatedKeyEmulator.emulator();
        Path pem = writePem(dir.resolve("key.pem"), "PRIVATE KEY", emulator.jwtSigningKey().orElseThrow().getEncoded());
        try (SalesforceLogin login = new SalesforceLogin(jwt(emulator, pem).build())) {
            Session session = login.current();
            assertThat(session.userId()).isEqualTo(OrgFixture.defaults().users().get(0).userId());
        }
    }

    @Test
    void logsInWithAPkcs1PemKey() throws Exception {
        Emulator emulator = generatedKeyEmulator.emulator();
        byte[] pkcs8 = emulator.jwtSigningKey().orElseThrow().getEncoded();
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        Path pem = writePem(dir.resolve("rsa.pem"), "RSA PRIVATE KEY", pkcs1);
        try (SalesforceLogin login = new SalesforceLogin(jwt(emulator, pem).build())) {
            assertThat(login.current().accessToken()).isNotBlank();
        }
    }

    @Test
    void logsInWithAKeyFromAPkcs12Keystore() {
        LoginSettings settings = jwt(EMULATOR.emulator(), KEYSTORE).jwtKeyPassword(STORE_PASSWORD).build();
        try (SalesforceLogin login = new SalesforceLogin(settings)) {
            assertThat(login.current().orgId()).isEqualTo(EMULATOR.emulator().fixture().orgId());
        }
    }

    @Test
    void aKeyTheConnectedAppDoesNotKnowIsRefusedWithSalesforcesError() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        Path pem = writePem(dir.resolve("stranger.pem"), "PRIVATE KEY", stranger.getEncoded());
        try (SalesforceLogin login = new SalesforceLogin(jwt(generatedKeyEmulator.emulator(), pem).build())) {
            assertThatThrownBy(login::current).isInstanceOfSatisfying(LoginException.class, e -> {
                assertThat(e.flow()).isEqualTo("jwt");
                assertThat(e.errorCode()).isEqualTo("invalid_grant");
            }).hasMessageContaining("invalid_grant: invalid assertion");
        }
    }

    @Test
    void aWrongKeystorePasswordNamesTheFileAndNotThePassword() {
        LoginSettings settings = jwt(EMULATOR.emulator(), KEYSTORE).jwtKeyPassword("wrong-pass-99").build();
        assertThatThrownBy(() -> new SalesforceLogin(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALESFORCE.JWT_KEY_FILE " + KEYSTORE)
                .message().doesNotContain("wrong-pass-99");
    }

    @Test
    void aFileWithoutAKeyIsNamedInTheError() throws IOException {
        Path notAKey = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> new SalesforceLogin(jwt(generatedKeyEmulator.emulator(), notAKey).build()))
                .hasMessageContaining("SALESFORCE.JWT_KEY_FILE " + notAKey + " holds no unencrypted RSA private key");
    }

    private static LoginSettings.Builder jwt(Emulator emulator, Path key) {
        return LoginSettings.builder(AuthFlow.JWT).loginUrl(URI.create(emulator.baseUrl()))
                .network(EmulatorTrust.network(emulator))
                .username(OrgFixture.DEFAULT_USERNAME).clientId(OrgFixture.CONSUMER_KEY).jwtKeyFile(key);
    }

    private static Path writePem(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }

    private static Path createKeystore() {
        try {
            Path dir = Files.createTempDirectory("sfstream-jwt");
            dir.toFile().deleteOnExit();
            Path store = dir.resolve("jwt.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "jwt", "-dname", "CN=sfstream test",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                    .redirectErrorStream(true).start();
            keytool.getInputStream().readAllBytes();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool could not create the test keystore");
            }
            store.toFile().deleteOnExit();
            return store;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKeyOf(Path store) {
        try {
            KeyStore keyStore = KeyStore.getInstance(store.toFile(), STORE_PASSWORD.toCharArray());
            return (RSAPublicKey) keyStore.getCertificate("jwt").getPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
