package dev.sfstream.redis;

import dev.sfstream.redis.internal.ReplayKeyOwners;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayStoreException;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalLong;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Replay ids in Redis, compatible with nameko-salesforce: key {@code salesforce:replay_id:<channel>}
 * (the prefix is configurable), value the replay id as a decimal string, written with
 * {@code SET key value EX ttl} so the value and its TTL change together and the TTL is refreshed on every write.
 */
public final class RedisReplayStore implements ReplayStore {
    /** nameko-salesforce's key prefix: keep it to resume where a Python service stopped. */
    public static final String DEFAULT_KEY_PREFIX = "salesforce:replay_id:";
    /** {@code PUSHTOPIC_REPLAY_TTL}'s default: 12 hours, inside Salesforce's 24-hour retention. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(43200);

    private final JedisPool pool;
    private final boolean ownsPool;
    private final String keyPrefix;
    private final Duration ttl;
    private final String where;
    private final ReplayKeyOwners owners;

    private RedisReplayStore(JedisPool pool, boolean ownsPool, String keyPrefix, Duration ttl, String where,
                             ReplayKeyOwners owners) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.ownsPool = ownsPool;
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (ttl == null || ttl.getSeconds() < 1) {
            throw new IllegalArgumentException("PUSHTOPIC_REPLAY_TTL must be at least 1 second, got " + ttl);
        }
        this.ttl = ttl;
        this.where = where;
        this.owners = owners;
    }

    /** A store on its own pool to {@code uri} ({@code PUSHTOPIC_REPLAY_REDIS_URI}), closed with the store. */
    public static RedisReplayStore open(String uri, String keyPrefix, Duration ttl) {
        RedisUri parsed = RedisUri.parse(uri);
        return new RedisReplayStore(parsed.openPool(), true, keyPrefix, ttl, parsed.toString(), null);
    }

    /**
     * A store on its own pool that one service owns: it claims the keys of {@code channels} for
     * {@code serviceName} (see {@link ReplayKeyOwners}) and renews the claim with every write.
     *
     * @throws dev.sfstream.config.ConfigurationException when another service owns one of the keys
     * @throws ReplayStoreException when Redis cannot be reached
     */
    public static RedisReplayStore openOwned(String uri, String keyPrefix, Duration ttl, String serviceName,
                                             Collection<String> channels) {
        RedisUri parsed = RedisUri.parse(uri);
        JedisPool pool = parsed.openPool();
        RedisReplayStore store = new RedisReplayStore(pool, true, keyPrefix, ttl, parsed.toString(),
                new ReplayKeyOwners(serviceName, ttl));
        try (Jedis jedis = pool.getResource()) {
            store.owners.claim(jedis, channels.stream().map(store::keyOf).toList());
        } catch (JedisException down) {
            pool.close();
            throw new ReplayStoreException("cannot reach the replay store " + parsed + " (`SALESFORCE."
                    + "PUSHTOPIC_REPLAY_REDIS_URI`): " + down.getMessage(), down);
        } catch (RuntimeException refused) {
            pool.close();
            throw refused;
        }
        return store;
    }

    /** A store on its own pool with the default prefix and TTL. */
    public static RedisReplayStore open(String uri) {
        return open(uri, DEFAULT_KEY_PREFIX, DEFAULT_TTL);
    }

    /** A store on a pool the caller owns and closes. */
    public static RedisReplayStore onPool(JedisPool pool, String keyPrefix, Duration ttl) {
        return new RedisReplayStore(pool, false, keyPrefix, ttl, "Redis", null);
    }

    /** The Redis key of a channel. */
    public String keyOf(String channel) {
        return keyPrefix + channel;
    }

    @Override
    public OptionalLong load(String channel) {
        String key = keyOf(channel);
        String value;
        try (Jedis jedis = pool.getResource()) {
            value = jedis.get(key);
        } catch (JedisException down) {
            throw new ReplayStoreException("cannot read replay id key " + key + " from " + where + ": "
                    + down.getMessage(), down);
        }
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        long replayId;
        try {
            replayId = Long.parseLong(value.trim());
        } catch (NumberFormatException bad) {
            throw new ReplayStoreException("replay id key " + key + " in " + where + " holds '" + value
                    + "', which is not a decimal replay id", bad);
        }
        // nameko-salesforce treats a stored 0 as "no replay id"; so do we.
        return replayId == 0 ? OptionalLong.empty() : OptionalLong.of(replayId);
    }

    @Override
    public void save(String channel, long replayId) {
        String key = keyOf(channel);
        try (Jedis jedis = pool.getResource()) {
            if (owners == null) {
                jedis.set(key, Long.toString(replayId), SetParams.setParams().ex(ttl.getSeconds()));
            } else {
                // The position and its owner key in one round trip.
                Pipeline both = jedis.pipelined();
                both.set(key, Long.toString(replayId), SetParams.setParams().ex(ttl.getSeconds()));
                both.set(ReplayKeyOwners.ownerKeyOf(key), owners.serviceName(), SetParams.setParams().ex(ttl.getSeconds()));
                both.sync();
            }
        } catch (JedisException down) {
            throw new ReplayStoreException("cannot write replay id " + replayId + " to key " + key + " in " + where
                    + ": " + down.getMessage(), down);
        }
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return "RedisReplayStore[" + where + ", prefix=" + keyPrefix + ", ttl=" + ttl
                + (owners == null ? "" : ", " + owners) + "]";
    }
}
