package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A channel subscribed with ManagedSubscribe: its position is committed to Salesforce (the emulator) behind the
 * handled events, never to the replay store, and a new session resumes after it.
 */
class ManagedSubscriptionTest {
    static final String SUBSCRIPTION = "Orders_Sub";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension(builder -> builder
            .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER))
            .managedSubscription(ManagedSubscription.of(SUBSCRIPTION, PubSubFixture.ORDERS)
                    .withDefaultReplay(ManagedSubscription.Start.EARLIEST)));

    @Test
    void aStoppedSessionResumesAfterTheCommittedPositionWithNothingLostOrRepeated(Emulator emulator)
            throws Exception {
        Run run = runAndRestart(emulator, StreamingSession::stop);

        assertThat(run.both()).isEmpty();
        assertThat(run.committedAtEnd).isEqualTo(run.first.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void aKilledSessionRepeatsOnlyEventsAfterItsLastCommit(Emulator emulator) throws Exception {
        Run run = runAndRestart(emulator, StreamingSession::kill);

        assertThat(run.both()).allSatisfy(id -> assertThat(id).isGreaterThan(run.committedAtEnd));
    }

    @Test
    void theCommitNeverPassesAnEventStillBeingHandled(Emulator emulator) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            List<Long> published = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                published.add(fixture.publishOrder(i));
            }
            long stuck = published.get(4);
            StreamingSession session = fixture.session(new InMemoryReplayStore(), managed(fixture)).build();
            session.subscribe(PubSubFixture.ORDERS, event -> {
                if (event.replayId() == stuck) {
                    await().atMost(WAIT).until(() -> release.getCount() == 0);
                }
                handled.add(event.replayId());
            });
            try {
                session.start();
                await().atMost(WAIT).until(() -> handled.size() == 9);
                await().atMost(WAIT).until(() -> committed(emulator) == stuck - 1);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> committed(emulator) == stuck - 1);

                release.countDown();
                await().atMost(WAIT).until(() -> committed(emulator) == published.get(9));
            } finally {
                session.stop();
            }
        }
    }

    @Test
    void aSubscriptionHeldByAnotherStreamIsRetriedUntilItIsFree(Emulator emulator) throws Exception {
        Set<Long> first = ConcurrentHashMap.newKeySet();
        Set<Long> second = ConcurrentHashMap.newKeySet();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            StreamingSession holder = session(fixture, new InMemoryReplayStore(), first);
            StreamingSession waiting = session(fixture, new InMemoryReplayStore(), second);
            try {
                holder.start();
                assertThat(holder.awaitSubscribed(WAIT)).isTrue();
                waiting.start();
                long before = fixture.publishOrder(1);
                await().atMost(WAIT).until(() -> first.contains(before));
                assertThat(second).isEmpty();

                holder.stop();
                long after = fixture.publishOrder(2);

                await().atMost(WAIT).until(() -> second.contains(after));
                assertThat(second).doesNotContain(before);
            } finally {
                holder.stop();
                waiting.stop();
            }
        }
    }

    private Run runAndRestart(Emulator emulator, Consumer<StreamingSession> end) throws Exception {
        Run run = new Run();
        List<Long> published = new ArrayList<>();
        InMemoryReplayStore store = new InMemoryReplayStore();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            StreamingSession first = session(fixture, store, run.first);
            first.start();
            assertThat(first.awaitSubscribed(WAIT)).isTrue();
            for (int i = 0; i < 300; i++) {
                published.add(fixture.publishOrder(i));
            }
            await().atMost(WAIT).until(() -> run.first.size() >= 50);
            end.accept(first);
            run.committedAtEnd = committed(emulator);
            for (int i = 300; i < 350; i++) {
                published.add(fixture.publishOrder(i));
            }
            StreamingSession second = session(fixture, new InMemoryReplayStore(), run.second);
            try {
                second.start();
                await().atMost(WAIT).until(() -> {
                    Set<Long> all = new HashSet<>(run.first);
                    all.addAll(run.second);
                    return all.containsAll(published);
                });
                assertThat(run.second).allSatisfy(id -> assertThat(id).isGreaterThan(run.committedAtEnd));
                await().atMost(WAIT).until(() -> committed(emulator) == published.get(published.size() - 1));
            } finally {
                second.stop();
            }
        }
        assertThat(store.load("pubsub:" + PubSubFixture.ORDERS)).isEmpty();
        return run;
    }

    private static PubSubSettings managed(PubSubFixture fixture) {
        return fixture.pubSubSettings().withManagedSubscription(PubSubFixture.ORDERS, SUBSCRIPTION);
    }

    private static StreamingSession session(PubSubFixture fixture, InMemoryReplayStore store, Set<Long> seen) {
        StreamingSession session = fixture.session(store, managed(fixture)).build();
        session.subscribe(PubSubFixture.ORDERS, event -> {
            for (int spin = 0; spin < 200_000; spin++) {
                Thread.onSpinWait();
            }
            seen.add(event.replayId());
        });
        return session;
    }

    private static long committed(Emulator emulator) {
        return emulator.committedReplayId(SUBSCRIPTION).orElse(-1);
    }

    /** The replay ids each session handled, and the position Salesforce kept when the first one ended. */
    private static final class Run {
        final Set<Long> first = ConcurrentHashMap.newKeySet();
        final Set<Long> second = ConcurrentHashMap.newKeySet();
        volatile long committedAtEnd;

        Set<Long> both() {
            Set<Long> repeated = new HashSet<>(first);
            repeated.retainAll(second);
            return repeated;
        }
    }
}
