package dev.sfstream.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator's TLS mode: HTTPS with a generated certificate that clients can trust, and https URLs. */
class EmulatorTlsTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withTls();

    @Test
    void servesHttpsWithACertificateFor127001AndLocalhostAndAnswersWithHttpsUrls() throws Exception {
        Emulator emulator = EMULATOR.emulator();
        assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
        X509Certificate certificate;
        try (InputStream pem = Files.newInputStream(emulator.certificatePem().orElseThrow())) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
        assertThat(certificate.getSubjectAlternativeNames()).extracting(entry -> (Object) entry.get(1))
                .contains((Object) "127.0.0.1", "localhost");

        WireClient client = new WireClient(emulator.baseUrl(), trusting(emulator.trustStore().orElseThrow()));
        HttpResponse<String> login = client.form("/services/oauth2/token", Map.of("grant_type", "password",
                "client_id", OrgFixture.CONSUMER_KEY, "client_secret", OrgFixture.CONSUMER_SECRET,
                "username", OrgFixture.DEFAULT_USERNAME,
                "password", OrgFixture.DEFAULT_PASSWORD + OrgFixture.DEFAULT_SECURITY_TOKEN));
        Map<?, ?> body = new ObjectMapper().readValue(login.body(), Map.class);
        assertThat(body.get("instance_url")).isEqualTo(emulator.baseUrl());
        assertThat((String) body.get("id")).startsWith(emulator.baseUrl() + "/id/");
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        WireClient client = new WireClient(EMULATOR.baseUrl());
        assertThatThrownBy(() -> client.form("/services/oauth2/token", Map.of("grant_type", "password")))
                .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
    }

    @Test
    void theCertificateFilesAreRemovedAtStop() {
        Emulator other = Emulator.builder().tls().start();
        Path pem = other.certificatePem().orElseThrow();
        assertThat(pem).exists();
        other.close();
        assertThat(pem).doesNotExist();
        try (Emulator plain = Emulator.builder().start()) {
            assertThat(plain.certificatePem()).isEmpty();
        }
    }

    static SSLContext trusting(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, Emulator.TRUST_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
