package dev.sfstream.emulator.internal.pubsub;

import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import dev.sfstream.pubsub.api.ReplayPreset;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs a fresh emulator per test, logs in over REST and opens a Pub/Sub channel with that session before each test; closes it after. */
abstract class PubsubWireTestBase {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(this::configure);

    protected WireClient rest;
    protected PubsubWireClient client;

    /** Configures each test's emulator (fast timers are already set). */
    protected void configure(Emulator.Builder builder) {
    }

    protected Emulator emulator() {
        return emulators.emulator();
    }

    @BeforeEach
    void connect() {
        rest = new WireClient(emulator().baseUrl()).loginDefault();
        client = new PubsubWireClient(emulator(), rest.token());
    }

    /** A LATEST subscription owed 5 events that has answered once (a keepalive), so it is surely open. */
    protected PubsubWireClient.Subscription openedSubscription(String topic) {
        var subscription = client.subscribe(topic, ReplayPreset.LATEST, null, 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> !subscription.responses().messages().isEmpty());
        return subscription;
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        client.close();
    }
}
