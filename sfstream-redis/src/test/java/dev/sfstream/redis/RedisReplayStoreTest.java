package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.replay.ReplayStoreException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class RedisReplayStoreTest {
    static final String URI = "redis://127.0.0.1:6379/11";
    private final String prefix = "sfstream-test:" + UUID.randomUUID() + ":replay_id:";
    private final Jedis redis = new Jedis(java.net.URI.create(URI));

    @AfterEach
    void clean() {
        redis.keys(prefix + "*").forEach(redis::del);
        redis.close();
    }

    @Test
    void writesTheDecimalIdUnderTheChannelKeyWithItsTtl() {
        try (RedisReplayStore store = RedisReplayStore.open(URI, prefix, Duration.ofSeconds(600))) {
            store.save("/topic/ContactUpdates", 1234);
            assertThat(redis.get(prefix + "/topic/ContactUpdates")).isEqualTo("1234");
            assertThat(redis.ttl(prefix + "/topic/ContactUpdates")).isBetween(590L, 600L);
            assertThat(store.load("/topic/ContactUpdates")).hasValue(1234);
        }
    }

    @Test
    void everyWriteRefreshesTheTtl() {
        try (RedisReplayStore store = RedisReplayStore.open(URI, prefix, Duration.ofSeconds(600))) {
            store.save("/topic/A", 1);
            redis.expire(prefix + "/topic/A", 5);
            store.save("/topic/A", 2);
            assertThat(redis.ttl(prefix + "/topic/A")).isGreaterThan(500);
        }
    }

    @Test
    void readsWhatNamekoSalesforceWrote() {
        try (RedisReplayStore store = RedisReplayStore.open(URI, prefix, RedisReplayStore.DEFAULT_TTL)) {
            redis.set(prefix + "/topic/Python", "77");
            redis.set(prefix + "/topic/Zero", "0");
            assertThat(store.load("/topic/Python")).hasValue(77);
            assertThat(store.load("/topic/Zero")).isEmpty();
            assertThat(store.load("/topic/Missing")).isEmpty();
        }
    }

    @Test
    void theDefaultKeyIsTheOriginalOne() {
        try (RedisReplayStore store = RedisReplayStore.open(URI)) {
            assertThat(store.keyOf("/topic/Contact")).isEqualTo("salesforce:replay_id:/topic/Contact");
        }
    }

    @Test
    void aValueThatIsNotAnIdIsNamedInTheError() {
        try (RedisReplayStore store = RedisReplayStore.open(URI, prefix, RedisReplayStore.DEFAULT_TTL)) {
            redis.set(prefix + "/topic/Bad", "abc");
            assertThatThrownBy(() -> store.load("/topic/Bad")).isInstanceOf(ReplayStoreException.class)
                    .hasMessageContaining(prefix + "/topic/Bad").hasMessageContaining("'abc'");
        }
    }

    @Test
    void anUnreachableRedisFailsFastWithoutShowingThePassword() {
        try (RedisReplayStore store = RedisReplayStore.open("redis://:s3cret@127.0.0.1:1/11", prefix,
                RedisReplayStore.DEFAULT_TTL)) {
            assertThatThrownBy(() -> store.save("/topic/A", 5)).isInstanceOf(ReplayStoreException.class)
                    .hasMessageContaining("127.0.0.1:1/11").hasMessageNotContaining("s3cret");
            assertThatThrownBy(() -> store.load("/topic/A")).isInstanceOf(ReplayStoreException.class)
                    .hasMessageNotContaining("s3cret");
        }
    }
}
