package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceStartException;
import dev.sfstream.emulator.ConnectProxy;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Pub/Sub endpoint that cannot be used as configured fails the start with one line naming the endpoint (or the
 * proxy) and the key to set, while login and REST, on another host or trusted, work: an untrusted certificate, a
 * certificate for another host, and a proxy that wants credentials, forbids the tunnel or cannot be reached.
 */
class PubSubConnectFailuresTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withTls();

    @Test
    void anUntrustedCertificateNamesTheEndpointAndTrustStore() {
        try (Emulator stranger = Emulator.builder().tls().start()) {
            assertOneLineStartFailure(section(Map.of("PUBSUB_PORT", stranger.pubSubPort())))
                    .contains("The TLS certificate of 127.0.0.1:" + stranger.pubSubPort() + " is not trusted")
                    .contains("SALESFORCE.TRUST_STORE");
        }
    }

    @Test
    void aCertificateForAnotherHostNamesTheHostAndPubSubHost() {
        try (Emulator elsewhere = Emulator.builder().tlsFor("wrong.example").start()) {
            Map<String, Object> keys = new HashMap<>(Map.of("PUBSUB_PORT", elsewhere.pubSubPort()));
            keys.put("TRUST_STORE", elsewhere.certificatePem().orElseThrow().toString());
            // Login and REST go to the emulator the trust store does not hold: make them reach it in plain HTTP.
            try (Emulator plain = Emulator.builder().fastTimers().start()) {
                Map<String, Object> section = new HashMap<>(plain.salesforceConfig());
                section.putAll(pubSub(keys));
                assertOneLineStartFailure(section)
                        .contains("The TLS certificate of 127.0.0.1:" + elsewhere.pubSubPort()
                                + " is not issued for 127.0.0.1")
                        .contains("SALESFORCE.PUBSUB_HOST");
            }
        }
    }

    @Test
    void aProxyWantingCredentialsIsNamed() {
        try (ConnectProxy proxy = ConnectProxy.withCredentials("svc", "proxy-secret")) {
            assertOneLineStartFailure(section(behind(proxy.url())))
                    .contains("The proxy " + proxy.url() + " (SALESFORCE.PROXY_URL) refused to connect to localhost:"
                            + EMULATOR.pubSubPort() + " with 407")
                    .contains("it wants credentials");
        }
    }

    @Test
    void wrongProxyCredentialsAreNamedButNeverShown() {
        try (ConnectProxy proxy = ConnectProxy.withCredentials("svc", "proxy-secret")) {
            assertOneLineStartFailure(section(behind("http://svc:wrong-secret@127.0.0.1:" + proxy.port())))
                    .contains("The proxy " + proxy.url() + " (SALESFORCE.PROXY_URL) refused").contains("407")
                    .contains("check the user and password").doesNotContain("wrong-secret");
        }
    }

    @Test
    void aForbiddingProxyIsNamed() {
        try (ConnectProxy proxy = ConnectProxy.refusing()) {
            assertOneLineStartFailure(section(behind(proxy.url())))
                    .contains("The proxy " + proxy.url() + " (SALESFORCE.PROXY_URL) refused").contains("403")
                    .contains("SALESFORCE.PROXY_EXCLUDE");
        }
    }

    @Test
    void anUnreachableProxyIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertOneLineStartFailure(section(behind("http://127.0.0.1:" + closedPort)))
                .contains("The proxy http://127.0.0.1:" + closedPort + " (SALESFORCE.PROXY_URL) cannot be reached");
    }

    /** Pub/Sub (as {@code localhost}, which the certificate names) through the proxy; login and REST direct. */
    private static Map<String, Object> behind(String proxyUrl) {
        return Map.of("PROXY_URL", proxyUrl, "PROXY_EXCLUDE", "127.0.0.1", "PUBSUB_HOST", "localhost");
    }

    private static AbstractStringAssert<?> assertOneLineStartFailure(Map<String, Object> section) {
        ServiceContainer container = ServiceContainer.builder(OrderRelayService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section))).build();
        Throwable failure = catchThrowable(container::start);
        assertThat(failure).isInstanceOf(ServiceStartException.class);
        assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("proxy-secret");
        return assertThat(failure.getMessage());
    }

    private static Map<String, Object> section(Map<String, Object> keys) {
        Map<String, Object> section = new HashMap<>(EMULATOR.emulator().salesforceConfig());
        section.putAll(pubSub(keys));
        return section;
    }

    private static Map<String, Object> pubSub(Map<String, Object> keys) {
        Map<String, Object> section = new HashMap<>(Map.of("TRANSPORT", "pubsub", "PUBSUB_HOST", "127.0.0.1",
                "PUBSUB_PORT", EMULATOR.pubSubPort(), "REPLAY_DEFAULT", "all"));
        section.putAll(keys);
        return section;
    }
}
