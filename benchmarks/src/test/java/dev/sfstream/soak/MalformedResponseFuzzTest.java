package dev.sfstream.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.harness.EmulatorLogins;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Feeds sfstream every malformed Bayeux response the emulator can produce (wrong types, missing fields, unknown
 * channels, non-JSON, a huge batch, ...) in place of a {@code /meta/connect} answer: the client never dies, never
 * hands a handler an event that was not published, never commits past an unhandled event, and logs what it
 * rejected.
 */
class MalformedResponseFuzzTest {
    private static final String TOPIC = "FuzzAccounts";
    private static final String CHANNEL = "/topic/" + TOPIC;

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logged);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_json", "truncated", "not_array", "null_body", "wrong_types"})
    void aMalformedConnectAnswerNeitherKillsTheClientNorLosesOrInventsEvents(String malformed, Emulator emulator)
            throws Exception {
        survives(malformed, emulator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty_array", "missing_fields", "unknown_channel", "huge_batch"})
    void anAnswerWithoutAUsableConnectReplyDoesNotStallTheClient(String malformed, Emulator emulator) throws Exception {
        survives(malformed, emulator);
    }

    private void survives(String malformed, Emulator emulator) throws Exception {
        emulator.createRecord("PushTopic", Map.of("Name", TOPIC, "Query", "SELECT Id, Name FROM Account",
                "ApiVersion", 37.0));
        List<Long> published = new CopyOnWriteArrayList<>();
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        try (SalesforceLogin login = EmulatorLogins.open(emulator.baseUrl())) {
            StreamingSession session = StreamingSession.builder(login).settings(SoakRun.sessionSettings())
                    .replayStore(new InMemoryReplayStore()).name("fuzz").build();
            session.subscribe(CHANNEL, event -> handled.add(event.replayId()));
            session.start();
            try {
                assertThat(session.awaitConnected(Duration.ofSeconds(30))).as("connected").isTrue();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    published.add(publish(emulator, published.size()));
                    return !handled.isEmpty();
                });
                long firstLive = handled.stream().mapToLong(Long::longValue).min().orElseThrow();
                for (int i = 0; i < 5; i++) {
                    published.add(publish(emulator, published.size()));
                }
                int logLinesBefore = logged.list.size();
                new ControlApi(emulator.baseUrl()).fault("{\"channel\":\"/meta/connect\",\"malformed\":\""
                        + malformed + "\",\"times\":1}");
                for (int i = 0; i < 5; i++) {
                    published.add(publish(emulator, published.size()));
                }
                List<Long> expected = published.stream().filter(id -> id >= firstLive).toList();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(handled).as("handled after a %s answer", malformed).containsAll(expected));

                assertThat(session.state()).as("state after a %s answer", malformed)
                        .isNotEqualTo(StreamingState.FAILED).isNotEqualTo(StreamingState.STOPPED);
                assertThat(handled).as("only published events reach the handler").isSubsetOf(published);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    OptionalLong committed = session.committedReplayId(CHANNEL);
                    assertThat(committed).as("a watermark").isPresent();
                    long watermark = committed.getAsLong();
                    assertThat(watermark).as("never past the last published event").isLessThanOrEqualTo(
                            published.stream().mapToLong(Long::longValue).max().orElseThrow());
                    assertThat(handled).as("every event up to the watermark was handled").containsAll(
                            expected.stream().filter(id -> id <= watermark).toList());
                });
                if (!malformed.equals("unknown_channel") && !malformed.equals("huge_batch")) {
                    assertThat(List.copyOf(logged.list.subList(logLinesBefore, logged.list.size())))
                            .as("what sfstream logged about the %s answer", malformed)
                            .anyMatch(line -> line.getLevel().isGreaterOrEqual(Level.INFO)
                                    && line.getLoggerName().startsWith("dev.sfstream")
                                    && line.getFormattedMessage().contains("RECONNECTING"));
                }
            } finally {
                session.stop();
            }
        }
    }

    private static long publish(Emulator emulator, int sequence) {
        return emulator.streaming().publish(CHANNEL, Map.of("event", Map.of("type", "updated"),
                "sobject", Map.of("Id", String.format("001%012dAAA", sequence % 7), "Name", "Fuzz " + sequence)));
    }
}
