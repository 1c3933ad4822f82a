package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.connection.NetworkSettings;
import io.grpc.HttpConnectProxiedSocketAddress;
import io.grpc.ProxiedSocketAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Pub/Sub channel's proxy choice: {@code PROXY_URL} with its credentials and {@code PROXY_EXCLUDE}, else the
 * JVM's {@code https.proxyHost} / {@code https.proxyPort} / {@code http.nonProxyHosts} with the JDK's meaning.
 */
class NetworkProxyDetectorTest {
    private static final InetSocketAddress SALESFORCE = InetSocketAddress.createUnresolved("api.pubsub.salesforce.com",
            7443);
    private static final InetSocketAddress LOOPBACK = InetSocketAddress.createUnresolved("127.0.0.1", 7443);
    private static final List<String> JVM_PROPERTIES = List.of("https.proxyHost", "https.proxyPort",
            "http.nonProxyHosts");

    @Test
    void proxyUrlTunnelsWithItsCredentialsWhichTheAddressNeverShows() {
        ProxiedSocketAddress proxied = detector(URI.create("http://svc:p%40ss:word@127.0.0.1:3128"), List.of())
                .proxyFor(SALESFORCE);
        assertThat(proxied).isInstanceOfSatisfying(HttpConnectProxiedSocketAddress.class, tunnel -> {
            assertThat(tunnel.getTargetAddress()).isEqualTo(SALESFORCE);
            assertThat(tunnel.getProxyAddress()).isEqualTo(new InetSocketAddress("127.0.0.1", 3128));
            assertThat(tunnel.getUsername()).isEqualTo("svc");
            assertThat(tunnel.getPassword()).isEqualTo("p@ss:word");
            assertThat(tunnel.toString()).doesNotContain("p@ss");
        });
    }

    @Test
    void proxyUrlAppliesToLoopbackUnlessExcluded() {
        URI proxy = URI.create("http://127.0.0.1:3128");
        assertThat(detector(proxy, List.of()).proxyFor(LOOPBACK)).isNotNull();
        assertThat(detector(proxy, List.of("127.*")).proxyFor(LOOPBACK)).isNull();
        assertThat(detector(proxy, List.of("*.salesforce.com")).proxyFor(SALESFORCE)).isNull();
    }

    @Test
    void withoutProxyUrlTheJvmsPropertiesApplyWithTheJdksMeaning() {
        Map<String, String> saved = new HashMap<>();
        JVM_PROPERTIES.forEach(key -> saved.put(key, System.getProperty(key)));
        try {
            System.setProperty("https.proxyHost", "127.0.0.1");
            System.setProperty("https.proxyPort", "3128");
            System.clearProperty("http.nonProxyHosts");
            NetworkProxyDetector jvm = detector(null, List.of());
            assertThat(jvm.proxyFor(SALESFORCE)).isNotNull();
            assertThat(jvm.proxyFor(LOOPBACK)).as("unset http.nonProxyHosts: loopback goes direct").isNull();
            assertThat(jvm.proxyFor(InetSocketAddress.createUnresolved("localhost", 7443))).isNull();

            System.setProperty("http.nonProxyHosts", "*.salesforce.com");
            assertThat(jvm.proxyFor(SALESFORCE)).isNull();
            assertThat(jvm.proxyFor(LOOPBACK)).as("set: exactly the listed hosts go direct").isNotNull();

            System.clearProperty("https.proxyHost");
            assertThat(jvm.proxyFor(SALESFORCE)).isNull();
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    private static NetworkProxyDetector detector(URI proxyUrl, List<String> exclude) {
        return new NetworkProxyDetector(new NetworkSettings(null, null, null, null, null, proxyUrl, exclude));
    }
}
