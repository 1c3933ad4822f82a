package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.ConnectProxy;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.testkit.EntrypointWaiter;
import dev.sfstream.testkit.ServiceUnderTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Pub/Sub API over TLS against an emulator that serves it with its own certificate, trusted through
 * {@code SALESFORCE.TRUST_STORE}: subscribing and publishing, directly and through an HTTP CONNECT proxy (with and
 * without credentials), and a host excluded from the proxy reached directly.
 */
class PubSubOverTlsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder.tls()
            .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER)));

    @Test
    void aServiceSubscribesAndPublishesOverTlsTrustingTheEmulatorsCertificate(Emulator emulator) {
        assertThat(emulator.salesforceConfig()).containsKey("TRUST_STORE");
        relaysAnOrder(emulator, Map.of());
    }

    @Test
    void pubSubGoesThroughTheProxy(Emulator emulator) {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            relaysAnOrder(emulator, Map.of("PROXY_URL", proxy.url()));
            assertThat(proxy.tunnels()).contains(emulator.pubSubTarget(), "127.0.0.1:" + emulator.port());
        }
    }

    @Test
    void proxyCredentialsAreSentForPubSubToo(Emulator emulator) {
        try (ConnectProxy proxy = ConnectProxy.withCredentials("svc", "proxy-secret")) {
            relaysAnOrder(emulator, Map.of("PROXY_URL", "http://svc:proxy-secret@127.0.0.1:" + proxy.port()));
            assertThat(proxy.tunnels()).contains(emulator.pubSubTarget());
        }
    }

    @Test
    void onlyTheHostsThatPubSubAndSalesforceUseDecideTheRoute(Emulator emulator) {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            relaysAnOrder(emulator, Map.of("PROXY_URL", proxy.url(), "PUBSUB_HOST", "localhost",
                    "PROXY_EXCLUDE", "127.*"));
            assertThat(proxy.tunnels()).isNotEmpty().containsOnly("localhost:" + emulator.pubSubPort());
        }
    }

    @Test
    void anExcludedHostGoesDirect(Emulator emulator) {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            relaysAnOrder(emulator, Map.of("PROXY_URL", proxy.url(), "PROXY_EXCLUDE", "localhost|127.*"));
            assertThat(proxy.tunnels()).isEmpty();
        }
    }

    /** An account change reaches the relay over Pub/Sub, which publishes an order over Pub/Sub, which it receives. */
    private static void relaysAnOrder(Emulator emulator, Map<String, Object> keys) {
        ServiceUnderTest.Builder builder = ServiceUnderTest.builder(OrderRelayService.class, emulator)
                .salesforce("TRANSPORT", "pubsub").salesforce("PUBSUB_HOST", "127.0.0.1")
                .salesforce("PUBSUB_PORT", emulator.pubSubPort()).salesforce("REPLAY_DEFAULT", "all");
        keys.forEach(builder::salesforce);
        try (ServiceUnderTest service = builder.start()) {
            EntrypointWaiter order = service.waiter("order");
            emulator.clearRequests();
            emulator.createRecord("Account", Map.of("Name", "Acme"));
            assertThat(order.awaitResult(WAIT)).isEqualTo(42.0);
            assertThat(emulator.requests()).noneMatch(request -> request.path().contains("Order__e"));
        }
    }
}
