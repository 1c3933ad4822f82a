package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/** A Pub/Sub session stopped or killed mid-stream and started again with Redis resumes from its stored position. */
class RestartResumesTest {
    static final String REDIS = "redis://127.0.0.1:6379/11";

    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    private final String prefix = "sfstream-pubsub-test:" + UUID.randomUUID() + ":replay_id:";

    @AfterEach
    void clean() {
        try (Jedis redis = new Jedis(URI.create(REDIS))) {
            redis.keys(prefix + "*").forEach(redis::del);
        }
    }

    @Test
    void aStoppedSessionResumesWhereItStopped(Emulator emulator) throws Exception {
        runAndRestart(emulator, StreamingSession::stop);
    }

    @Test
    void aKilledSessionResumesFromItsLastCommit(Emulator emulator) throws Exception {
        runAndRestart(emulator, StreamingSession::kill);
    }

    private void runAndRestart(Emulator emulator, Consumer<StreamingSession> end) throws Exception {
        Set<Long> firstRun = ConcurrentHashMap.newKeySet();
        Set<Long> secondRun = ConcurrentHashMap.newKeySet();
        List<Long> published = new ArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            RedisReplayStore firstStore = RedisReplayStore.open(REDIS, prefix, Duration.ofSeconds(600));
            StreamingSession first = session(fixture, firstStore, firstRun);
            first.start();
            assertThat(first.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            for (int i = 0; i < 300; i++) {
                published.add(fixture.publishOrder(i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> firstRun.size() >= 50);
            end.accept(first);
            firstStore.close();
            for (int i = 300; i < 350; i++) {
                published.add(fixture.publishOrder(i));
            }
            RedisReplayStore secondStore = RedisReplayStore.open(REDIS, prefix, Duration.ofSeconds(600));
            long resumedFrom = secondStore.load("pubsub:" + PubSubFixture.ORDERS).orElseThrow();
            assertThat(secondStore.load(PubSubFixture.ORDERS)).isEmpty();
            StreamingSession second = session(fixture, secondStore, secondRun);
            try {
                second.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    Set<Long> all = new HashSet<>(firstRun);
                    all.addAll(secondRun);
                    return all.containsAll(published);
                });
                assertThat(secondRun).allSatisfy(id -> assertThat(id).isGreaterThan(resumedFrom));
                assertThat(secondRun).contains(published.get(published.size() - 1));
            } finally {
                second.stop();
                secondStore.close();
            }
        }
    }

    private static StreamingSession session(PubSubFixture fixture, RedisReplayStore store, Set<Long> seen) {
        StreamingSession session = fixture.session(store).build();
        session.subscribe(PubSubFixture.ORDERS, event -> {
            for (int spin = 0; spin < 200_000; spin++) {
                Thread.onSpinWait();
            }
            seen.add(event.replayId());
        });
        return session;
    }
}
