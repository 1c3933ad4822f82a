package dev.sfstream.streaming;

import dev.sfstream.replay.InMemoryReplayStore;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recovery scenarios of the Streaming client test matrix (salesforce-protocol 9.3, items 4-11). */
class StreamingRecoveryTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void aDroppedSessionIsReestablishedWithoutAGap(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            List<Long> ids = new ArrayList<>(probe.publish(5));
            probe.awaitAll(ids);
            Instant dropped = Instant.now();
            probe.control.dropSessions();
            ids.addAll(probe.publish(5));
            probe.awaitAll(ids);
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.connectedAfter(dropped) != null);
            Instant noticed = probe.changes.stream().filter(c -> c.to() == StreamingState.RECONNECTING)
                    .map(StateChange::at).findFirst().orElseThrow();
            Instant connected = probe.connectedAfter(dropped);
            System.out.println("MEASURED dropped session: noticed after " + Duration.between(dropped, noticed).toMillis()
                    + " ms (the held poll's answer), connected again " + Duration.between(noticed, connected).toMillis()
                    + " ms later; transitions " + probe.changes.stream().map(c -> c.from() + "->" + c.to()).toList());
            assertThat(probe.handshakes()).isEqualTo(2);
            assertThat(probe.sawState(StreamingState.RECONNECTING)).isTrue();
            probe.assertNoDuplicates();
        }
    }

    @Test
    void aTokenRevokedDuringAHeldPollLogsInAgain(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            List<Long> ids = new ArrayList<>(probe.publish(3));
            probe.awaitAll(ids);
            emulator.revokeAllTokens();
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.sessions.logins.get() == 2);
            ids.addAll(probe.publish(3));
            probe.awaitAll(ids);
            assertThat(probe.counter("sfstream.relogins")).isEqualTo(1);
            probe.assertNoDuplicates();
        }
    }

    @Test
    void aHandshakeDeniedForAuthenticationLogsInAgain(Emulator emulator) throws Exception {
        new EmulatorControl(emulator).fault("{\"channel\":\"/meta/handshake\",\"error\":\"403::Handshake denied\","
                + "\"failureReason\":\"401::Authentication invalid\",\"times\":1}");
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            assertThat(probe.sessions.logins.get()).isEqualTo(2);
            List<Long> ids = probe.publish(2);
            probe.awaitAll(ids);
        }
    }

    @Test
    void theDailyLimitOnAPollBacksOffThenResumesFromTheWatermark(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            List<Long> ids = new ArrayList<>(probe.publish(2));
            probe.awaitAll(ids);
            probe.control.fault("{\"channel\":\"/meta/connect\",\"error\":\"403::Organization total events daily "
                    + "limit exceeded\",\"times\":1}");
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.sawState(StreamingState.BACKING_OFF));
            ids.addAll(probe.publish(3));
            probe.awaitAll(ids);
            probe.assertNoDuplicates();
        }
    }

    @Test
    void theDailyLimitOnASubscribeBacksOffThenResumes(Emulator emulator) throws Exception {
        new EmulatorControl(emulator).fault("{\"channel\":\"" + EmulatorControl.CHANNEL + "\",\"error\":"
                + "\"403::Organization total events daily limit exceeded\",\"times\":1}");
        try (SessionProbe probe = new SessionProbe(emulator)) {
            probe.session.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.sawState(StreamingState.BACKING_OFF));
            // the resubscribe starts at -1 (nothing handled yet): publish only once Salesforce confirmed it
            assertThat(probe.session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            assertThat(StreamingSessionTest.bodies(emulator, "/meta/subscribe")).hasSizeGreaterThanOrEqualTo(2);
            List<Long> ids = probe.publish(2);
            probe.awaitAll(ids);
        }
    }

    @Test
    void aBusyServerBacksOffAndRetries(Emulator emulator) throws Exception {
        new EmulatorControl(emulator).fault("{\"channel\":\"/meta/handshake\",\"error\":\"403::Handshake denied\","
                + "\"failureReason\":\"503::Server is too busy.  Please try your request again later.\",\"times\":1}");
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            assertThat(probe.sawState(StreamingState.BACKING_OFF)).isTrue();
            assertThat(probe.sessions.logins.get()).isEqualTo(1);
            probe.awaitAll(probe.publish(2));
        }
    }

    @Test
    void anHttp502OnAPollStartsANewSessionWithoutLoss(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            probe.control.fault("{\"path\":\"/cometd\",\"status\":502,\"times\":1}");
            List<Long> ids = probe.publish(3);
            probe.awaitAll(ids);
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.handshakes() == 2);
            assertThat(probe.counter("sfstream.session.restarts")).isEqualTo(1);
        }
    }

    @Test
    void aConnectionResetDuringAHeldPollStartsANewSession(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            probe.control.fault("{\"path\":\"/cometd\",\"drop\":true,\"times\":1}");
            long connects = StreamingSessionTest.connects(emulator);
            await().atMost(Duration.ofSeconds(10)).until(() -> StreamingSessionTest.connects(emulator) >= connects + 2);
            List<Long> ids = probe.publish(3);
            probe.awaitAll(ids);
            assertThat(probe.handshakes()).isEqualTo(2);
        }
    }

    // Salesforce sends a server-initiated /meta/disconnect since API 64.0.
    @ParameterizedTest
    @ValueSource(strings = {"37.0", "64.0"})
    void aServerInitiatedDisconnectHandshakesAndResubscribes(String apiVersion, Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator, FastSettings.fast().withApiVersion(apiVersion),
                new InMemoryReplayStore()).started()) {
            List<Long> ids = new ArrayList<>(probe.publish(2));
            probe.awaitAll(ids);
            probe.control.disconnectSessions();
            ids.addAll(probe.publish(3));
            probe.awaitAll(ids);
            assertThat(probe.handshakes()).isEqualTo(2);
            assertThat(StreamingSessionTest.bodies(emulator, "/meta/subscribe")).hasSize(2);
            assertThat(emulator.requests()).anyMatch(r -> r.path().startsWith("/cometd/" + apiVersion));
            probe.assertNoDuplicates();
        }
    }
}
