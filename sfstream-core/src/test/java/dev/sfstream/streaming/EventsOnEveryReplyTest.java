package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.internal.bayeux.StreamingOptions;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayDefault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events that ride on the replies to handshake and subscribe (a CometD server's default; Salesforce sends events on
 * poll answers only) all arrive, each once. Replies to concurrent requests can be read in either order; before they
 * were put back in replay order, a later batch could move the watermark past an earlier one, which was then refused
 * as duplicates and never handled (1 run in 20 to 5 in 8). Repeated because the race is one of timing.
 */
class EventsOnEveryReplyTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(builder -> builder.fastTimers()
            .streamingOptions(StreamingOptions.defaults().withEventsOnAnyReply(true)));

    @RepeatedTest(10)
    void eventsOnSubscribeRepliesAreDeliveredOnce(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        String second = "/data/AccountChangeEvent";
        List<Long> first = IntStream.range(0, 300).mapToObj(i -> control.publish("001FIRST", i)).toList();
        List<Long> other = IntStream.range(0, 300).mapToObj(i -> control.publish(second, "001OTHER", i))
                .toList();
        Map<String, List<Long>> handled = new ConcurrentHashMap<>();
        StreamingSession session = StreamingSession.builder(new EmulatorSessions(emulator))
                .settings(FastSettings.fast().withReplayDefault(ReplayDefault.ALL))
                .replayStore(new InMemoryReplayStore()).build();
        for (String channel : List.of(EmulatorControl.CHANNEL, second)) {
            session.subscribe(channel, event -> handled.computeIfAbsent(event.channel(),
                    key -> Collections.synchronizedList(new ArrayList<>())).add(event.replayId()));
        }
        try {
            session.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.values().stream().mapToInt(List::size)
                    .sum() >= 600);
            assertThat(handled.get(EmulatorControl.CHANNEL)).containsExactlyInAnyOrderElementsOf(first);
            assertThat(handled.get(second)).containsExactlyInAnyOrderElementsOf(other);
        } finally {
            session.stop();
        }
    }
}
