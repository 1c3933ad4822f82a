package dev.sfstream.cli.operate;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.redis.RedisUri;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * The Redis of a configuration ({@code SALESFORCE.PUSHTOPIC_REPLAY_REDIS_URI}), where a service keeps its replay
 * ids, their owners, its leader lease and its dead letters. Shown as host, port and db only, never a password.
 */
public final class ReplayRedis implements AutoCloseable {
    private final RedisUri uri;
    private final JedisPool pool;

    private ReplayRedis(RedisUri uri) {
        this.uri = uri;
        this.pool = uri.openPool();
    }

    /**
     * Opens the configured Redis.
     *
     * @throws OperatorException naming the key when the configuration has no Redis URI
     */
    public static ReplayRedis open(SalesforceSettings settings) {
        if (settings.replayRedisUri() == null || settings.replayRedisUri().isBlank()) {
            throw new OperatorException("`SALESFORCE` configuration does not contain mandatory "
                    + "`PUSHTOPIC_REPLAY_REDIS_URI` key (the replay ids and dead letters live there)");
        }
        return new ReplayRedis(RedisUri.parse(settings.replayRedisUri()));
    }

    /** A connection from the pool; close it after use. */
    public Jedis connection() {
        return pool.getResource();
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
