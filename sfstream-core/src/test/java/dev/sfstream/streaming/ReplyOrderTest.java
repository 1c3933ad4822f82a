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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The next poll leaves while a reply's events are still being read, so during a catch-up the following reply can
 * arrive meanwhile; events still reach the handlers in the server's order.
 */
class ReplyOrderTest {
    private static final int EVENTS = 30_000;

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(builder -> builder.fastTimers()
            .streamingOptions(thousandEventsPerReply()));

    private static StreamingOptions thousandEventsPerReply() {
        StreamingOptions d = StreamingOptions.defaults();
        return new StreamingOptions(d.currentApiVersion(), d.minimumApiVersion(), d.strictCookies(),
                d.concurrentClientLimit(), d.dailyDeliveryLimit(), d.clientIdOnDeliveries(), d.maxRequestBytes(),
                d.maxRetainedPerChannel(), d.eventsOnAnyReply(), 1_000, d.maxBytesPerReply());
    }

    @Test
    void eventsOfOneRecordSpreadOverManyRepliesAreHandledInOrder(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        List<Long> published = IntStream.range(0, EVENTS).mapToObj(i -> control.publish("001ORDER", i)).toList();
        List<Long> handled = Collections.synchronizedList(new ArrayList<>());
        StreamingSession session = StreamingSession.builder(new EmulatorSessions(emulator))
                .settings(FastSettings.fast().withReplayDefault(ReplayDefault.ALL))
                .replayStore(new InMemoryReplayStore()).build();
        session.subscribe(EmulatorControl.CHANNEL, event -> handled.add(event.replayId()));
        try {
            session.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> handled.size() >= EVENTS);
            assertThat(handled).containsExactlyElementsOf(published);
        } finally {
            session.stop();
        }
    }
}
