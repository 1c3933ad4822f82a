package dev.sfstream.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisUriTest {
    @Test
    void parsesHostPortAndDatabase() {
        RedisUri uri = RedisUri.parse("redis://localhost:6380/11");
        assertThat(uri.host()).isEqualTo("localhost");
        assertThat(uri.port()).isEqualTo(6380);
        assertThat(uri.database()).isEqualTo(11);
    }

    @Test
    void defaultsPortAndDatabase() {
        RedisUri uri = RedisUri.parse("redis://redis.internal");
        assertThat(uri.port()).isEqualTo(6379);
        assertThat(uri.database()).isZero();
        assertThat(uri).hasToString("redis://redis.internal:6379/0");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(RedisUri.parse("redis://user:pw@h:1/2").toString()).doesNotContain("pw");
        assertThatThrownBy(() -> RedisUri.parse("http://user:pw@h:1/2"))
                .hasMessageContaining("PUSHTOPIC_REPLAY_REDIS_URI").hasMessageNotContaining("pw");
    }

    @Test
    void rejectsABadDatabase() {
        assertThatThrownBy(() -> RedisUri.parse("redis://h:1/abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database number");
    }
}
