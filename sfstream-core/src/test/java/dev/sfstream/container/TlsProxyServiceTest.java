package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.emulator.ConnectProxy;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service against an HTTPS emulator: trusted through {@code SALESFORCE.TRUST_STORE}, reached through an HTTP
 * CONNECT proxy (login, REST and CometD alike), and the one-line start failures of an untrusted certificate, a
 * wrong host name and a refusing proxy.
 */
class TlsProxyServiceTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withTls();
    private final Calls calls = new Calls();

    @Test
    void loginRestAndStreamingAllGoThroughTheProxy() {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            runsAndHandlesAnEvent(Map.of("PROXY_URL", proxy.url()));
            assertThat(proxy.tunnels()).hasSizeGreaterThanOrEqualTo(3).allMatch(target -> target.equals(emulatorAddress()));
        }
    }

    @Test
    void proxyCredentialsAreSentAndNeverShown() {
        try (ConnectProxy proxy = ConnectProxy.withCredentials("svc", "proxy-secret")) {
            Map<String, Object> keys = Map.of("PROXY_URL", "http://svc:proxy-secret@127.0.0.1:" + proxy.port());
            assertThat(SalesforceSettings.from(Map.of("SALESFORCE", section(keys))).toString())
                    .contains("127.0.0.1:" + proxy.port()).doesNotContain("proxy-secret");
            runsAndHandlesAnEvent(keys);
            assertThat(proxy.tunnels()).isNotEmpty();
        }
    }

    @Test
    void anExcludedHostGoesDirect() {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            runsAndHandlesAnEvent(Map.of("PROXY_URL", proxy.url(), "PROXY_EXCLUDE", "localhost|127.*"));
            assertThat(proxy.tunnels()).isEmpty();
        }
    }

    @Test
    void anUntrustedCertificateFailsTheStartNamingTheHostAndTheKey() {
        Map<String, Object> section = section(Map.of());
        section.remove("TRUST_STORE");
        assertOneLineStartFailure(section).contains("TLS certificate of " + emulatorAddress() + " is not trusted")
                .contains("SALESFORCE.TRUST_STORE");
    }

    @Test
    void aCertificateForAnotherHostFailsTheStartNamingTheHost() throws Exception {
        try (Emulator other = Emulator.builder().tls(WrongHostKeyStore.create(), WrongHostKeyStore.PASSWORD).start()) {
            Map<String, Object> section = new HashMap<>(EmulatorServices.salesforce(other));
            assertOneLineStartFailure(section)
                    .contains("TLS certificate of 127.0.0.1:" + other.port() + " is not issued for 127.0.0.1")
                    .contains("SALESFORCE.LOGIN_URL");
        }
    }

    @Test
    void aProxyWantingCredentialsFailsTheStartNamingTheProxy() {
        try (ConnectProxy proxy = ConnectProxy.withCredentials("svc", "proxy-secret")) {
            assertOneLineStartFailure(section(Map.of("PROXY_URL", proxy.url())))
                    .contains("The proxy " + proxy.url() + " (SALESFORCE.PROXY_URL) refused")
                    .contains("407").doesNotContain("Salesforce login");
        }
    }

    @Test
    void aForbiddingProxyFailsTheStartNamingTheProxy() {
        try (ConnectProxy proxy = ConnectProxy.refusing()) {
            assertOneLineStartFailure(section(Map.of("PROXY_URL", proxy.url())))
                    .contains("The proxy " + proxy.url() + " (SALESFORCE.PROXY_URL) refused").contains("403");
        }
    }

    @Test
    void anUnreachableProxyFailsTheStartNamingTheProxy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertOneLineStartFailure(section(Map.of("PROXY_URL", "http://127.0.0.1:" + closedPort)))
                .contains("The proxy http://127.0.0.1:" + closedPort + " (SALESFORCE.PROXY_URL) cannot be reached");
    }

    private void runsAndHandlesAnEvent(Map<String, Object> keys) {
        ServiceContainer container = container(section(keys));
        container.start();
        try {
            EMULATOR.emulator().streaming().publish("/topic/Fragile", Map.of("event", Map.of("type", "created"),
                    "sobject", Map.of("Id", "001xx0000000002AAA", "Name", "over tls")));
            await().atMost(Duration.ofSeconds(10)).until(() -> !calls.all().isEmpty());
        } finally {
            container.stop();
        }
    }

    private org.assertj.core.api.AbstractStringAssert<?> assertOneLineStartFailure(Map<String, Object> section) {
        ServiceContainer container = container(section);
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(container::start);
        assertThat(failure).isInstanceOf(ServiceStartException.class);
        assertThatThrownBy(() -> { throw failure; }).message().doesNotContain("\n").doesNotContain("proxy-secret");
        return assertThat(failure.getMessage());
    }

    private ServiceContainer container(Map<String, Object> section) {
        return ServiceContainer.builder(ServiceContainerTest.FragileService.class)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section)))
                .replaceDependency(Calls.class, calls).build();
    }

    private static Map<String, Object> section(Map<String, Object> keys) {
        Map<String, Object> section = new HashMap<>(EmulatorServices.salesforce(EMULATOR.emulator()));
        section.putAll(keys);
        return section;
    }

    private static String emulatorAddress() {
        return "127.0.0.1:" + EMULATOR.emulator().port();
    }
}
