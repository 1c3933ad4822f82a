package dev.sfstream.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsSettingsTest {
    @Test
    void absentOrFalseMeansNoTls() {
        assertThat(TlsSettings.from(null)).isEmpty();
        assertThat(TlsSettings.from(false)).isEmpty();
        assertThat(TlsSettings.from("false")).isEmpty();
    }

    @Test
    void trueVerifiesAgainstTheJvmTrustStore() {
        assertThat(TlsSettings.from(true)).contains(TlsSettings.DEFAULT);
        assertThat(TlsSettings.DEFAULT.sslContext().getProtocol()).isEqualTo("TLS");
    }

    @Test
    void refusesToSwitchOffCertificateChecks() {
        assertThatThrownBy(() -> TlsSettings.from(Map.of("cert_reqs", "CERT_NONE")))
                .hasMessageContaining("AMQP_SSL.cert_reqs");
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsNamed(@TempDir Path directory) throws Exception {
        Path pem = Files.writeString(directory.resolve("ca.pem"), "not a certificate");
        TlsSettings settings = TlsSettings.from(Map.of("ca_certs", pem.toString())).orElseThrow();

        assertThatThrownBy(settings::sslContext).hasMessageContaining("AMQP_SSL.ca_certs")
                .hasMessageContaining(pem.toString());
        TlsSettings missing = TlsSettings.from(Map.of("ca_certs", directory.resolve("none.pem").toString()))
                .orElseThrow();
        assertThatThrownBy(missing::sslContext).hasMessageContaining("AMQP_SSL.ca_certs");
    }
}
