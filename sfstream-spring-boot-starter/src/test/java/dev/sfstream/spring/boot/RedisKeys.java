package dev.sfstream.spring.boot;

import java.net.URI;
import java.util.UUID;
import redis.clients.jedis.Jedis;

/** A test's own replay key prefix in the test Redis database, and its clean-up. */
final class RedisKeys {
    static final String URI_TEXT = "redis://127.0.0.1:6379/11";
    static final String OWNER_PREFIX = "sfstream:replay_owner:";
    private final String prefix = "sfstream-spring-test:" + UUID.randomUUID() + ":";

    String prefix() {
        return prefix;
    }

    String get(String key) {
        try (Jedis jedis = new Jedis(URI.create(URI_TEXT))) {
            return jedis.get(key);
        }
    }

    /** Deletes the replay ids under the prefix and their owner keys. */
    void deleteAll() {
        try (Jedis jedis = new Jedis(URI.create(URI_TEXT))) {
            for (String pattern : new String[] {prefix + "*", OWNER_PREFIX + prefix + "*"}) {
                jedis.keys(pattern).forEach(jedis::del);
            }
        }
    }
}
