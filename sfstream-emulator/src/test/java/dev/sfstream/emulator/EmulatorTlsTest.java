package dev.sfstream.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.TopicInfo;
import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator's TLS mode: HTTPS and the Pub/Sub API with a generated certificate that clients can trust, and https
 * URLs.
 */
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
    void thePubSubApiIsServedOverTlsWithTheSameCertificate() throws Exception {
        Emulator emulator = EMULATOR.emulator();
        String token = new WireClient(emulator.baseUrl(), trusting(emulator.trustStore().orElseThrow()))
                .loginDefault().token();
        ChannelCredentials trusted = TlsChannelCredentials.newBuilder()
                .trustManager(emulator.certificatePem().orElseThrow().toFile()).build();
        TopicInfo topic = withChannel(Grpc.newChannelBuilder(emulator.pubSubTarget(), trusted), channel ->
                getTopic(channel, emulator, token));
        assertThat(topic.getCanPublish()).isTrue();

        assertThatThrownBy(() -> withChannel(Grpc.newChannelBuilder(emulator.pubSubTarget(),
                InsecureChannelCredentials.create()), channel -> getTopic(channel, emulator, token)))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThatThrownBy(() -> withChannel(Grpc.newChannelBuilder(emulator.pubSubTarget(),
                TlsChannelCredentials.create()), channel -> getTopic(channel, emulator, token)))
                .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
    }

    private static TopicInfo getTopic(ManagedChannel channel, Emulator emulator, String token) {
        Metadata auth = new Metadata();
        auth.put(Metadata.Key.of("accesstoken", Metadata.ASCII_STRING_MARSHALLER), token);
        auth.put(Metadata.Key.of("instanceurl", Metadata.ASCII_STRING_MARSHALLER), emulator.baseUrl());
        auth.put(Metadata.Key.of("tenantid", Metadata.ASCII_STRING_MARSHALLER), emulator.fixture().orgId());
        return PubSubGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth))
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .getTopic(TopicRequest.newBuilder().setTopicName("/event/Order__e").build());
    }

    private static <T> T withChannel(ManagedChannelBuilder<?> builder, Function<ManagedChannel, T> call)
            throws InterruptedException {
        ManagedChannel channel = builder.build();
        try {
            return call.apply(channel);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
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
