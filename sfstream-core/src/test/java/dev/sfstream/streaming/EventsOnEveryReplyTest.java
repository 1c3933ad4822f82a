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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events that ride on the replies to handshake and subscribe, before the first poll is answered, go through
 * CometD rather than straight to the subscription; they arrive all the same, each once. (Their order against the
 * events of the first poll answer is not defined: the two replies come back on different connections at the same
 * time, so the test does not check it. Salesforce sends events on poll answers only.)
 */
class EventsOnEveryReplyTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(builder -> builder.fastTimers()
            .streamingOptions(StreamingOptions.defaults().withEventsOnAnyReply(true)));

    @Test
    @Disabled("Known loss, not fixed yet: with the emulator's non-default eventsOnAnyReply, some of the events that "
            + "ride on subscribe replies are never handled (5 of 8 runs on a8d9e5a, about 1 in 20 now). Salesforce "
            + "sends events on poll answers only; see the closing note of 2026-12-03, issue 13")
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
