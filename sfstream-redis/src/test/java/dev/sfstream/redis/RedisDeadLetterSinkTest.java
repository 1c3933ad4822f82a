package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.failure.DependencyUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class RedisDeadLetterSinkTest {
    private final String listKey = "sfstream-test:" + UUID.randomUUID() + ":dead_letters";
    private final Jedis redis = new Jedis(java.net.URI.create(RedisReplayStoreTest.URI));

    @AfterEach
    void clean() {
        redis.del(listKey);
        redis.close();
    }

    @Test
    void appendsEachLetterAsJson() throws Exception {
        try (RedisDeadLetterSink sink = RedisDeadLetterSink.open(RedisReplayStoreTest.URI, listKey)) {
            StreamEvent event = new StreamEvent("/topic/A", 42, Map.of("sobject", Map.of("Id", "003")));
            sink.accept(new DeadLetter(event, 4, "java.lang.IllegalStateException: boom",
                    Instant.parse("2026-01-01T00:00:00Z")));
        }
        List<String> entries = redis.lrange(listKey, 0, -1);
        assertThat(entries).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = new ObjectMapper().readValue(entries.get(0), Map.class);
        assertThat(entry).containsEntry("channel", "/topic/A").containsEntry("replayId", 42)
                .containsEntry("attempts", 4).containsEntry("failure", "java.lang.IllegalStateException: boom")
                .containsEntry("failedAt", "2026-01-01T00:00:00Z")
                .containsEntry("data", Map.of("sobject", Map.of("Id", "003")));
    }

    @Test
    void aDownRedisSaysItIsUnavailableSoThatTheEventIsHeldNotDropped() {
        try (RedisDeadLetterSink sink = RedisDeadLetterSink.open("redis://127.0.0.1:1/11", listKey)) {
            assertThatThrownBy(() -> sink.accept(new DeadLetter(new StreamEvent("/topic/A", 1, Map.of()), 1, "x",
                    Instant.now())))
                    .isInstanceOf(DependencyUnavailableException.class)
                    .hasMessageContaining("channel /topic/A replay id 1").hasMessageContaining(listKey);
        }
    }

    @Test
    void aDownRedisFailsTheCheckedOpenNamingTheKey() {
        assertThatThrownBy(() -> RedisDeadLetterSink.openChecked("redis://user:secret@127.0.0.1:1/11", listKey))
                .hasMessageContaining("`SALESFORCE.PUSHTOPIC_REPLAY_REDIS_URI`").hasMessageNotContaining("secret");
    }
}
