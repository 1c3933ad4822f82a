package dev.sfstream.emulator.internal.bayeux;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the wire tests: a fresh {@link StreamingServer} with default options and a {@link WireClient} per test. */
abstract class WireTestBase {
    StreamingServer server;
    WireClient client;

    @BeforeEach
    void startServerAndClient() throws Exception {
        server = StreamingServer.start();
        client = new WireClient(server);
    }

    @AfterEach
    void closeServer() throws Exception {
        server.close();
    }
}
