package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** A service stopped or killed mid-stream and restarted with the Redis store receives every event. */
class RestartWithoutLossTest {
    private static final String CHANNEL = "/data/ChangeEvents";

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final List<SalesforceLogin> logins = new ArrayList<>();

    @AfterEach
    void clean() {
        try (Jedis redis = new Jedis(URI.create(RedisReplayStoreTest.URI))) {
            redis.keys(prefix + "*").forEach(redis::del);
        }
        logins.forEach(SalesforceLogin::close);
    }

    @Test
    void aStoppedServiceResumesWhereItStopped(Emulator emulator) throws Exception {
        runAndRestart(emulator, StreamingSession::stop);
    }

    @Test
    void aKilledServiceResumesFromItsLastCommit(Emulator emulator) throws Exception {
        runAndRestart(emulator, StreamingSession::kill);
    }

    private void runAndRestart(Emulator emulator, Consumer<StreamingSession> end) throws Exception {
        Set<Long> firstRun = ConcurrentHashMap.newKeySet();
        Set<Long> secondRun = ConcurrentHashMap.newKeySet();
        List<Long> published = new ArrayList<>();
        RedisReplayStore firstStore = RedisReplayStore.open(RedisReplayStoreTest.URI, prefix, Duration.ofSeconds(600));
        StreamingSession first = session(emulator, firstStore, firstRun);
        first.start();
        assertThat(first.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        for (int i = 0; i < 40; i++) {
            published.add(publish(emulator, i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> firstRun.size() >= 10);
        end.accept(first);
        firstStore.close();
        for (int i = 40; i < 70; i++) {
            published.add(publish(emulator, i));
        }
        RedisReplayStore secondStore = RedisReplayStore.open(RedisReplayStoreTest.URI, prefix, Duration.ofSeconds(600));
        long resumedFrom = secondStore.load(CHANNEL).orElse(0);
        StreamingSession second = session(emulator, secondStore, secondRun);
        try {
            second.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Set<Long> all = new java.util.HashSet<>(firstRun);
                all.addAll(secondRun);
                return all.containsAll(published);
            });
            assertThat(secondRun).allSatisfy(id -> assertThat(id).isGreaterThan(resumedFrom));
            assertThat(resumedFrom).isPositive();
        } finally {
            second.stop();
            secondStore.close();
        }
    }

    private StreamingSession session(Emulator emulator, RedisReplayStore store, Set<Long> seen) {
        SalesforceLogin login = new SalesforceLogin(LoginSettings.builder(AuthFlow.PASSWORD)
                .loginUrl(URI.create(emulator.baseUrl())).username(OrgFixture.DEFAULT_USERNAME)
                .password(OrgFixture.DEFAULT_PASSWORD).securityToken(OrgFixture.DEFAULT_SECURITY_TOKEN)
                .clientId(OrgFixture.CONSUMER_KEY).clientSecret(OrgFixture.CONSUMER_SECRET)
                .network(SalesforceSettings.from(Map.of("SALESFORCE", emulator.salesforceConfig())).network()).build());
        logins.add(login);
        StreamingSession session = StreamingSession.builder(login).replayStore(store)
                .settings(StreamingSettings.defaults().withCommitInterval(Duration.ofMillis(20))
                        .withReconnectBackOffBase(Duration.ofMillis(50)).withReconnectBackOffCap(Duration.ofMillis(400))
                        .withStopTimeout(Duration.ofSeconds(5)).withDisconnectTimeout(Duration.ofSeconds(1)))
                .build();
        session.subscribe(CHANNEL, event -> {
            for (int spin = 0; spin < 20_000; spin++) {
                Thread.onSpinWait();
            }
            seen.add(event.replayId());
        });
        return session;
    }

    private static long publish(Emulator emulator, int n) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("entityName", "Account");
        header.put("recordIds", List.of("001R" + (n % 5)));
        header.put("changeType", "UPDATE");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ChangeEventHeader", header);
        payload.put("n", n);
        return emulator.streaming().publish(CHANNEL, new LinkedHashMap<>(Map.of("payload", payload)));
    }
}
