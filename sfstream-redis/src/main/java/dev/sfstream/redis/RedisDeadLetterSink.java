package dev.sfstream.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.LoggingDeadLetterSink;
import dev.sfstream.failure.DependencyUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Logs each dead letter (like the default sink) and appends it as JSON to a Redis list, default
 * {@value #DEFAULT_LIST_KEY}, for later inspection or replay. When Redis is down it throws
 * {@link DependencyUnavailableException}: the event is held (not counted as done) and dead-lettered again once
 * Redis answers, so the list never silently misses an entry.
 */
public final class RedisDeadLetterSink implements DeadLetterSink, AutoCloseable {
    public static final String DEFAULT_LIST_KEY = "sfstream:dead_letters";
    private static final Logger LOG = LoggerFactory.getLogger(RedisDeadLetterSink.class);

    private final JedisPool pool;
    private final boolean ownsPool;
    private final String listKey;
    private final ObjectMapper json = new ObjectMapper();
    private final DeadLetterSink log = new LoggingDeadLetterSink();

    private RedisDeadLetterSink(JedisPool pool, boolean ownsPool, String listKey) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.ownsPool = ownsPool;
        this.listKey = Objects.requireNonNull(listKey, "listKey");
    }

    /** A sink on its own pool to {@code uri}, closed with the sink. */
    public static RedisDeadLetterSink open(String uri, String listKey) {
        return new RedisDeadLetterSink(RedisUri.parse(uri).openPool(), true, listKey);
    }

    /**
     * A sink on its own pool to {@code uri}, checked with a PING so that a wrong URI or a Redis that is down
     * fails the service's start instead of its first dead letter.
     *
     * @throws IllegalStateException naming {@code PUSHTOPIC_REPLAY_REDIS_URI} (without its password)
     */
    public static RedisDeadLetterSink openChecked(String uri, String listKey) {
        RedisUri parsed = RedisUri.parse(uri);
        JedisPool pool = parsed.openPool();
        try (Jedis jedis = pool.getResource()) {
            jedis.ping();
        } catch (JedisException down) {
            pool.close();
            throw new IllegalStateException("cannot reach the dead-letter Redis " + parsed
                    + " (`SALESFORCE.PUSHTOPIC_REPLAY_REDIS_URI`): " + down.getMessage(), down);
        }
        return new RedisDeadLetterSink(pool, true, listKey);
    }

    /** A sink on a pool the caller owns. */
    public static RedisDeadLetterSink onPool(JedisPool pool, String listKey) {
        return new RedisDeadLetterSink(pool, false, listKey);
    }

    @Override
    public void accept(DeadLetter letter) {
        log.accept(letter);
        String entry;
        try {
            entry = json.writeValueAsString(toJson(letter));
        } catch (JsonProcessingException unserialisable) {
            LOG.error("Dead letter of channel {} replay id {} cannot be written as JSON: {}",
                    letter.event().channel(), letter.event().replayId(), unserialisable.getMessage());
            return;
        }
        try (Jedis jedis = pool.getResource()) {
            jedis.rpush(listKey, entry);
        } catch (JedisException down) {
            throw new DependencyUnavailableException("cannot push the dead letter of channel "
                    + letter.event().channel() + " replay id " + letter.event().replayId() + " to Redis list "
                    + listKey + ": " + down.getMessage(), down);
        }
    }

    static Map<String, Object> toJson(DeadLetter letter) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("channel", letter.event().channel());
        entry.put("replayId", letter.event().hasReplayId() ? letter.event().replayId() : null);
        entry.put("attempts", letter.attempts());
        entry.put("failure", letter.failure());
        entry.put("failedAt", letter.failedAt().toString());
        entry.put("data", letter.event().data());
        return entry;
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }
}
