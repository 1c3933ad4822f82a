package dev.sfstream.streaming.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A transport asked for by name whose module is not on the class path (here: sfstream-core's tests, without it). */
class TransportProviderTest {
    @Test
    void pubSubWithoutItsModuleNamesTheModuleToAdd() {
        assertThatThrownBy(() -> TransportProvider.named("pubsub"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no streaming transport 'pubsub' on the class path (available: cometd); "
                        + "add the dev.sfstream:sfstream-pubsub module");
    }
}
