package dev.sfstream.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EventFieldType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The floor client counts every retained event of its channel, and only those. */
class RawLongPollTest {
    private static final String CHANNEL = "/event/Floor__e";

    @Test
    void itCountsTheRetainedEventsOfItsChannelAcrossReplies() throws Exception {
        try (Emulator emulator = Emulator.builder()
                .platformEvent("Floor__e", Map.of("Number__c", EventFieldType.NUMBER))
                .platformEvent("Other__e", Map.of("Number__c", EventFieldType.NUMBER)).start()) {
            for (int i = 0; i < 2_500; i++) {
                emulator.streaming().publish(i % 5 == 0 ? "/event/Other__e" : CHANNEL, Map.of("payload", Map.of(
                        "CreatedDate", Instant.now().toString(), "CreatedById", "005xx000001SwiUAAS",
                        "Number__c", (double) i)));
            }
            AtomicInteger counted = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread poller = new Thread(() -> {
                try {
                    RawLongPoll.run(emulator.baseUrl(), CHANNEL, -2, 10 * 1024 * 1024, counted::addAndGet);
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            poller.start();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> counted.get() >= 2_000 || failed.get() != null);
                assertThat(failed.get()).isNull();
                assertThat(counted.get()).isEqualTo(2_000);
            } finally {
                poller.interrupt();
                poller.join(10_000);
            }
        }
    }

    @Test
    void countingFindsEachOccurrenceOnce() {
        byte[] pattern = "\"channel\":\"/event/A\"".getBytes(StandardCharsets.UTF_8);
        String reply = "[{\"data\":{},\"channel\":\"/event/A\"},{\"channel\":\"/event/AB\"},"
                + "{\"channel\":\"/event/A\"},{\"channel\":\"/meta/connect\"}]";
        assertThat(RawLongPoll.count(reply.getBytes(StandardCharsets.UTF_8), pattern)).isEqualTo(2);
        assertThat(RawLongPoll.count(new byte[0], pattern)).isZero();
    }
}
