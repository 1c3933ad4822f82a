package dev.sfstream.emulator.internal.bayeux;

import org.junit.jupiter.api.BeforeEach;

/** Base of the wire tests that start with one session already handshaken and past its first connect. */
abstract class ConnectedWireTestBase extends WireTestBase {
    String clientId;

    @BeforeEach
    void handshakeAndConnect() throws Exception {
        clientId = client.handshakeAndConnect();
    }
}
