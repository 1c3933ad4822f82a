package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code /meta/connect} response cut after the server took its events off the session's queue: retrying the
 * poll on the same client id would never see them again, so the session must start over from its watermark.
 */
class LostPollResponseTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void eventsOfACutPollResponseAreReplayedByANewSession(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        try (CuttingProxy proxy = new CuttingProxy(URI.create(emulator.baseUrl()))) {
            StreamingSession session = StreamingSession.builder(new Proxied(new EmulatorSessions(emulator),
                    proxy.uri())).settings(FastSettings.fast()).replayStore(new InMemoryReplayStore())
                    .name("cut").build();
            session.subscribe(EmulatorControl.CHANNEL, event -> handled.add(event.replayId()));
            session.start();
            try {
                assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
                List<Long> published = new ArrayList<>();
                published.add(control.publish("001R1", 0));
                await().atMost(Duration.ofSeconds(20)).until(() -> handled.containsAll(published));

                proxy.armCut();
                for (int i = 1; i <= 5; i++) {
                    published.add(control.publish("001R" + i, i));
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> proxy.cuts == 1);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                        assertThat(handled).as("every event, including those of the cut response").containsAll(published));
                assertThat(StreamingSessionTest.bodies(emulator, "/meta/handshake")).as("a new session")
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(session.state()).isEqualTo(StreamingState.CONNECTED);
            } finally {
                session.stop();
            }
        }
    }

    /** The emulator's sessions, with the instance URL pointing at the proxy. */
    private record Proxied(SessionSource sessions, URI instanceUrl) implements SessionSource {
        @Override
        public Session current() {
            return through(sessions.current());
        }

        @Override
        public Session renew(Session rejected) {
            return through(sessions.renew(rejected));
        }

        private Session through(Session session) {
            return new Session(session.accessToken(), instanceUrl, session.userId(), session.orgId(), session.issuedAt());
        }
    }
}
