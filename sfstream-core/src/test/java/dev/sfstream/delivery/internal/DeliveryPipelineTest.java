package dev.sfstream.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.failure.DependencyUnavailableException;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.SessionReplay;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryPipelineTest {
    private static final String CHANNEL = "/topic/Contacts";

    /** Replay off: the watermarks move, nothing is written (the committer is never started). */
    private final SessionReplay watermarks = SessionReplay.open(new InMemoryReplayStore(), null, false,
            Duration.ofHours(1), new SimpleMeterRegistry(), Tags.empty(), Executors.defaultThreadFactory());
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> gaveUp = new CopyOnWriteArrayList<>();
    private DeliveryPipeline pipeline;

    private DeliveryPipeline pipeline(int capacity, int workers, int retries) {
        return pipeline(capacity, workers, retries, Duration.ZERO);
    }

    private DeliveryPipeline pipeline(int capacity, int workers, int retries, Duration outageLimit) {
        return pipeline(capacity, workers, retries, outageLimit, Duration.ZERO);
    }

    private DeliveryPipeline pipeline(int capacity, int workers, int retries, Duration outageLimit,
                                      Duration handlerTimeout) {
        pipeline = new DeliveryPipeline(new PipelineOptions(capacity, workers, retries, Duration.ofMillis(10),
                EventOrdering.PARALLEL, outageLimit, handlerTimeout), watermarks, deadLetters::add, new DeliveryMetrics(registry, Tags.of("service", "test")), "test",
                gaveUp::add, () -> true);
        return pipeline;
    }

    @AfterEach
    void abort() throws InterruptedException {
        if (pipeline != null) {
            pipeline.abort(Duration.ofSeconds(2));
        }
    }

    private static StreamEvent event(long replayId, String recordId) {
        return new StreamEvent(CHANNEL, replayId, Map.of("sobject", Map.of("Id", recordId),
                "event", Map.of("replayId", replayId)));
    }

    @Test
    void sameRecordEventsRunInOrderWhileRecordsRunInParallelOnTenWorkers() {
        DeliveryPipeline pipeline = pipeline(10_000, 10, 0);
        Map<String, List<Long>> seen = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        int records = 40;
        int perRecord = 50;
        long replayId = 0;
        for (int round = 0; round < perRecord; round++) {
            for (int record = 0; record < records; record++) {
                replayId++;
                pipeline.accept(event(replayId, "rec" + record), event -> {
                    int now = running.incrementAndGet();
                    mostRunning.accumulateAndGet(now, Math::max);
                    for (int spin = 0; spin < 2_000; spin++) {
                        Thread.onSpinWait();
                    }
                    String id = (String) ((Map<?, ?>) event.data().get("sobject")).get("Id");
                    seen.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(event.replayId());
                    running.decrementAndGet();
                });
            }
        }
        long last = replayId;
        await().atMost(Duration.ofSeconds(20)).until(() -> watermarks.position(CHANNEL).orElse(0) == last);
        assertThat(seen).hasSize(records);
        seen.values().forEach(ids -> assertThat(ids).hasSize(perRecord).isSorted());
        assertThat(mostRunning.get()).isBetween(2, 10);
    }

    @Test
    void aMergedChangeNeverRunsAlongsideAnEventOfAnyOfItsRecords() {
        DeliveryPipeline pipeline = pipeline(1_000, 8, 0);
        Map<String, AtomicInteger> runningPerRecord = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        List<String> order = new CopyOnWriteArrayList<>();
        long replayId = 0;
        for (int round = 0; round < 30; round++) {
            for (List<String> records : List.of(List.of("A"), List.of("B"), List.of("A", "B"), List.of("C"),
                    List.of("B", "C"))) {
                replayId++;
                String label = records + "#" + round;
                pipeline.accept(cdcEvent(replayId, records), event -> {
                    for (String record : records) {
                        if (runningPerRecord.computeIfAbsent(record, r -> new AtomicInteger()).incrementAndGet() > 1) {
                            overlaps.add(label);
                        }
                    }
                    for (int spin = 0; spin < 5_000; spin++) {
                        Thread.onSpinWait();
                    }
                    order.add(label);
                    records.forEach(record -> runningPerRecord.get(record).decrementAndGet());
                });
            }
        }
        long last = replayId;
        await().atMost(Duration.ofSeconds(20)).until(() -> watermarks.position(CHANNEL).orElse(0) == last);
        assertThat(overlaps).isEmpty();
        for (int round = 0; round < 30; round++) {
            assertThat(order.indexOf("[A, B]#" + round)).isGreaterThan(order.indexOf("[A]#" + round))
                    .isGreaterThan(order.indexOf("[B]#" + round)).isLessThan(order.indexOf("[B, C]#" + round));
        }
    }

    private static StreamEvent cdcEvent(long replayId, List<String> records) {
        return new StreamEvent(CHANNEL, replayId, Map.of("payload", Map.of("ChangeEventHeader",
                Map.of("entityName", "Account", "recordIds", records, "changeType", "UPDATE"))));
    }

    @Test
    void outOfOrderCompletionHoldsTheWatermarkAtTheUnfinishedEvent() {
        DeliveryPipeline pipeline = pipeline(100, 4, 0);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        pipeline.accept(event(1, "a"), event -> {
            releaseFirst.await(10, TimeUnit.SECONDS);
            done.incrementAndGet();
        });
        pipeline.accept(event(2, "b"), event -> done.incrementAndGet());
        pipeline.accept(event(3, "c"), event -> done.incrementAndGet());
        await().until(() -> done.get() == 2);
        assertThat(watermarks.position(CHANNEL)).isEmpty();
        releaseFirst.countDown();
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 3);
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndTheWatermarkMovesOn() {
        DeliveryPipeline pipeline = pipeline(100, 2, 3);
        AtomicInteger attempts = new AtomicInteger();
        pipeline.accept(event(1, "a"), event -> { });
        pipeline.accept(event(2, "b"), event -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("boom");
        });
        pipeline.accept(event(3, "c"), event -> { });
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 3);
        assertThat(attempts).hasValue(4);
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.event().replayId()).isEqualTo(2);
            assertThat(letter.attempts()).isEqualTo(4);
            assertThat(letter.failure()).isEqualTo("java.lang.IllegalStateException: boom");
        });
        assertThat(registry.get("sfstream.events.dead_lettered").counter().count()).isEqualTo(1);
        assertThat(registry.get("sfstream.events.failed").counter().count()).isEqualTo(4);
    }

    @Test
    void anUnavailableDependencyHoldsTheEventWithoutUsingItsRetriesAndTakesNoNewEventsMeanwhile() {
        DeliveryPipeline pipeline = pipeline(100, 2, 0);
        AtomicBoolean brokerUp = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        pipeline.accept(event(1, "a"), event -> { });
        pipeline.accept(event(2, "b"), event -> {
            attempts.incrementAndGet();
            if (!brokerUp.get()) {
                throw new IllegalStateException("handler failed",
                        new DependencyUnavailableException("the broker is down"));
            }
        });
        await().until(() -> attempts.get() >= 5);
        assertThat(pipeline.isFull()).as("no new events while one is held").isTrue();
        assertThat(deadLetters).isEmpty();
        assertThat(watermarks.position(CHANNEL)).hasValue(1);
        assertThat(registry.get("sfstream.events.held").counter().count()).isGreaterThanOrEqualTo(5);

        brokerUp.set(true);
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 2);
        assertThat(pipeline.isFull()).isFalse();
        assertThat(deadLetters).isEmpty();
        assertThat(gaveUp).isEmpty();
    }

    @Test
    void aDeadLetterSinkThatIsUnavailableHoldsTheEventUntilItTakesTheLetter() {
        AtomicBoolean redisUp = new AtomicBoolean();
        pipeline = new DeliveryPipeline(new PipelineOptions(100, 2, 0, Duration.ofMillis(10), EventOrdering.PARALLEL,
                Duration.ZERO, Duration.ZERO), watermarks, letter -> {
                    if (!redisUp.get()) {
                        throw new DependencyUnavailableException("Redis is down");
                    }
                    deadLetters.add(letter);
                }, new DeliveryMetrics(registry, Tags.of("service", "test")), "test", gaveUp::add,
                () -> true);
        pipeline.accept(event(1, "a"), event -> {
            throw new IllegalStateException("poison");
        });
        await().until(() -> registry.get("sfstream.events.held").counter().count() >= 3);
        assertThat(watermarks.position(CHANNEL)).isEmpty();
        redisUp.set(true);
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 1);
        assertThat(deadLetters).singleElement().satisfies(letter -> assertThat(letter.failure())
                .isEqualTo("java.lang.IllegalStateException: poison"));
    }

    @Test
    void anOutageLongerThanTheLimitGivesUpOnceAndStillNeverCommitsTheHeldEvent() {
        DeliveryPipeline pipeline = pipeline(100, 2, 0, Duration.ofMillis(200));
        pipeline.accept(event(1, "a"), event -> {
            throw new DependencyUnavailableException("the broker is down");
        });
        await().until(() -> !gaveUp.isEmpty());
        assertThat(gaveUp).singleElement().asString().contains("DEPENDENCY_OUTAGE_LIMIT")
                .contains("the broker is down");
        assertThat(watermarks.position(CHANNEL)).isEmpty();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aHandlerThatNeverReturnsIsTimedOutRetriedDeadLetteredAndTheWatermarkMovesPastIt() {
        DeliveryPipeline pipeline = pipeline(100, 2, 1, Duration.ZERO, Duration.ofMillis(100));
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        pipeline.accept(event(1, "a"), event -> {
            attempts.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException stopped) {
                interrupted.incrementAndGet();
            }
        });
        pipeline.accept(event(2, "b"), event -> { });
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 2);
        assertThat(attempts).hasValue(2);
        await().until(() -> interrupted.get() == 2);
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.event().replayId()).isEqualTo(1);
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.failure()).contains("HandlerTimeoutException").contains("HANDLER_TIMEOUT");
        });
    }

    @Test
    void aHandlerThatRecoversWithinItsRetriesIsNotDeadLettered() {
        DeliveryPipeline pipeline = pipeline(100, 2, 3);
        AtomicInteger attempts = new AtomicInteger();
        pipeline.accept(event(1, "a"), event -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("transient");
            }
        });
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 1);
        assertThat(attempts).hasValue(3);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aRetryKeepsLaterEventsOfTheSameRecordWaiting() {
        DeliveryPipeline pipeline = pipeline(100, 4, 2);
        List<String> order = new CopyOnWriteArrayList<>();
        AtomicBoolean failedOnce = new AtomicBoolean();
        pipeline.accept(event(1, "same"), event -> {
            order.add("1");
            if (failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("once");
            }
        });
        pipeline.accept(event(2, "same"), event -> order.add("2"));
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 2);
        assertThat(order).containsExactly("1", "1", "2");
    }

    @Test
    void aFullQueueHoldsPollsUntilThereIsRoom() {
        DeliveryPipeline pipeline = pipeline(2, 2, 0);
        CountDownLatch release = new CountDownLatch(1);
        pipeline.accept(event(1, "a"), event -> release.await(10, TimeUnit.SECONDS));
        assertThat(pipeline.isFull()).isFalse();
        pipeline.accept(event(2, "b"), event -> release.await(10, TimeUnit.SECONDS));
        assertThat(pipeline.isFull()).isTrue();
        List<Boolean> polls = new ArrayList<>();
        pipeline.whenRoom(polls::add);
        assertThat(polls).isEmpty();
        release.countDown();
        await().until(() -> polls.equals(List.of(true)));
        assertThat(pipeline.isFull()).isFalse();
    }

    @Test
    void closingReleasesHeldPollsAndRefusesNewEvents() {
        DeliveryPipeline pipeline = pipeline(1, 1, 0);
        CountDownLatch release = new CountDownLatch(1);
        pipeline.accept(event(1, "a"), event -> release.await(10, TimeUnit.SECONDS));
        List<Boolean> polls = new CopyOnWriteArrayList<>();
        pipeline.whenRoom(polls::add);
        pipeline.close();
        assertThat(polls).containsExactly(false);
        assertThat(pipeline.accept(event(2, "b"), event -> { })).isFalse();
        release.countDown();
        await().until(() -> pipeline.outstanding() == 0);
    }

    @Test
    void duplicatesFromAReplayOverlapAreHandledOnce() {
        DeliveryPipeline pipeline = pipeline(100, 2, 0);
        AtomicInteger handled = new AtomicInteger();
        assertThat(pipeline.accept(event(1, "a"), event -> handled.incrementAndGet())).isTrue();
        await().until(() -> watermarks.position(CHANNEL).orElse(0) == 1);
        assertThat(pipeline.accept(event(1, "a"), event -> handled.incrementAndGet())).isFalse();
        assertThat(handled).hasValue(1);
        assertThat(registry.get("sfstream.events.duplicates").counter().count()).isEqualTo(1);
    }

    @Test
    void drainWaitsForInFlightHandlers() throws InterruptedException {
        DeliveryPipeline pipeline = pipeline(10, 2, 0);
        CountDownLatch release = new CountDownLatch(1);
        pipeline.accept(event(1, "a"), event -> release.await(10, TimeUnit.SECONDS));
        assertThat(pipeline.drain(Duration.ofMillis(50))).isFalse();
        release.countDown();
        assertThat(pipeline.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(watermarks.position(CHANNEL)).hasValue(1);
    }
}
