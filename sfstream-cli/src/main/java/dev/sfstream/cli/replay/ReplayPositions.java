package dev.sfstream.cli.replay;

import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.ReplayRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The replay positions under one key prefix, with the keys the Redis replay store and leader lease write beside
 * them: owner {@code sfstream:replay_owner:<replay key>} and lease {@code sfstream:leader:<service>}.
 */
final class ReplayPositions {
    static final String OWNER_PREFIX = "sfstream:replay_owner:";
    static final String LEADER_PREFIX = "sfstream:leader:";

    private final ReplayRedis redis;
    private final String prefix;
    private final long ttlSeconds;

    ReplayPositions(ReplayRedis redis, String prefix, long ttlSeconds) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttlSeconds = ttlSeconds;
    }

    /** Every stored position, sorted by channel. */
    List<StoredPosition> all() {
        List<String> keys = new ArrayList<>();
        try (Jedis jedis = redis.connection()) {
            ScanParams match = new ScanParams().match(globEscaped(prefix) + "*").count(500);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, match);
                keys.addAll(page.getResult());
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
        return keys.stream().sorted().map(key -> find(key.substring(prefix.length()))).flatMap(Optional::stream)
                .toList();
    }

    /** The position stored for a channel, if any. */
    Optional<StoredPosition> find(String channel) {
        String key = prefix + channel;
        try (Jedis jedis = redis.connection()) {
            String value = jedis.get(key);
            if (value == null) {
                return Optional.empty();
            }
            String owner = jedis.get(OWNER_PREFIX + key);
            long ownerTtl = owner == null ? -2 : jedis.ttl(OWNER_PREFIX + key);
            long age = ownerTtl >= 0 ? Math.max(0, ttlSeconds - ownerTtl) : -1;
            boolean lease = owner != null && jedis.exists(LEADER_PREFIX + owner);
            return Optional.of(new StoredPosition(channel, key, value, jedis.ttl(key), owner, age, lease));
        }
    }

    /** The stored position of a channel, or an error naming the channel and the prefix. */
    StoredPosition existing(String channel) {
        return find(channel).orElseThrow(() -> new OperatorException("no replay id stored for " + channel + " (key "
                + prefix + channel + "); sfstream replay show lists the stored ones"));
    }

    /** Stores {@code replayId} for the channel with the configured TTL, as the replay store writes it. */
    void set(String channel, long replayId) {
        try (Jedis jedis = redis.connection()) {
            jedis.set(prefix + channel, Long.toString(replayId), SetParams.setParams().ex(ttlSeconds));
        }
    }

    /** Deletes the channel's position: the next start uses {@code REPLAY_DEFAULT}. */
    void reset(String channel) {
        try (Jedis jedis = redis.connection()) {
            jedis.del(prefix + channel);
        }
    }

    private static String globEscaped(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
