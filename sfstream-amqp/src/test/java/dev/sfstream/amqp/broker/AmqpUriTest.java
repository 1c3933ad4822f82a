package dev.sfstream.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmqpUriTest {
    @Test
    void readsNamekoStylePyamqpUriWithDefaults() {
        AmqpUri uri = AmqpUri.parse("pyamqp://guest:guest@localhost");

        assertThat(uri).isEqualTo(new AmqpUri(false, "localhost", 5672, "guest", "guest", "/", null));
    }

    @Test
    void readsHostPortCredentialsAndVhostFromThePath() {
        AmqpUri uri = AmqpUri.parse("amqp://orders:s%40cret@rabbit.example:5673/production");

        assertThat(uri).isEqualTo(new AmqpUri(false, "rabbit.example", 5673, "orders", "s@cret", "production", null));
    }

    @Test
    void slashOrEncodedSlashPathsMeanTheDefaultVhost() {
        assertThat(AmqpUri.parse("amqp://h/").virtualHost()).isEqualTo("/");
        assertThat(AmqpUri.parse("amqp://h//").virtualHost()).isEqualTo("/");
        assertThat(AmqpUri.parse("amqp://h/%2F").virtualHost()).isEqualTo("/");
        assertThat(AmqpUri.parse("amqp://h/a%2Fb").virtualHost()).isEqualTo("a/b");
    }

    @Test
    void readsIpv6Hosts() {
        AmqpUri uri = AmqpUri.parse("amqp://[::1]:5673/");

        assertThat(uri.host()).isEqualTo("::1");
        assertThat(uri).hasToString("amqp://guest:****@[::1]:5673/");
    }

    @Test
    void missingCredentialsAreGuest() {
        AmqpUri uri = AmqpUri.parse("amqp://broker");

        assertThat(uri.username()).isEqualTo("guest");
        assertThat(uri.password()).isEqualTo("guest");
    }

    @Test
    void amqpsMeansTlsOnPort5671() {
        AmqpUri uri = AmqpUri.parse("amqps://u:p@broker/vh");

        assertThat(uri.tls()).isTrue();
        assertThat(uri.port()).isEqualTo(5671);
        assertThat(AmqpUri.parse("amqp://broker?ssl=true").tls()).isTrue();
    }

    @Test
    void readsTheHeartbeatQueryParameter() {
        assertThat(AmqpUri.parse("pyamqp://broker/?heartbeat=15").heartbeatSeconds()).isEqualTo(15);
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(AmqpUri.parse("amqp://user:hunter2@broker/vh").toString())
                .isEqualTo("amqp://user:****@broker:5672/vh")
                .doesNotContain("hunter2");
    }

    @Test
    void errorsNameTheKeyAndHideThePassword() {
        assertThatThrownBy(() -> AmqpUri.parse("redis://user:hunter2@broker"))
                .hasMessageContaining("AMQP_URI")
                .hasMessageContaining("scheme")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> AmqpUri.parse("amqp://user:hunter2@broker/?heartbeat=soon"))
                .hasMessageContaining("AMQP_URI")
                .hasMessageContaining("heartbeat")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> AmqpUri.parse("amqp://user:hunter2@broker/?frame_max=1"))
                .hasMessageContaining("frame_max")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> AmqpUri.parse("amqp://user:hun ter2@broker"))
                .hasMessageContaining("AMQP_URI")
                .hasMessageNotContaining("hun ter2");
        assertThatThrownBy(() -> AmqpUri.parse(" ")).hasMessageContaining("AMQP_URI");
    }
}
