package dev.sfstream.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * A lease in Redis that lets one replica of a service be the active subscriber while the others stand by
 * ({@code LEADER_LEASE}). The holder renews it every third of its TTL; if the holder dies the lease
 * expires and a standby takes it, resuming from the committed replay ids. Key {@code sfstream:leader:<service>}.
 */
public final class RedisLeaderLease implements AutoCloseable {
    /** The key prefix of leases. */
    public static final String KEY_PREFIX = "sfstream:leader:";
    private static final Logger LOG = LoggerFactory.getLogger(RedisLeaderLease.class);
    private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";

    private final JedisPool pool;
    private final boolean ownsPool;
    private final String key;
    private final String owner = UUID.randomUUID().toString();
    private final Duration ttl;
    private ScheduledExecutorService keeper;
    private volatile boolean leading;
    private boolean closed;

    private RedisLeaderLease(JedisPool pool, boolean ownsPool, String service, Duration ttl) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.ownsPool = ownsPool;
        this.key = KEY_PREFIX + Objects.requireNonNull(service, "service");
        if (ttl == null || ttl.toMillis() < 300) {
            throw new IllegalArgumentException("LEADER_LEASE ttl must be at least 300 ms, got " + ttl);
        }
        this.ttl = ttl;
    }

    /** A lease for {@code service} on its own pool to {@code uri}, closed with the lease. */
    public static RedisLeaderLease open(String uri, String service, Duration ttl) {
        return new RedisLeaderLease(RedisUri.parse(uri).openPool(), true, service, ttl);
    }

    /** A lease on a pool the caller owns. */
    public static RedisLeaderLease onPool(JedisPool pool, String service, Duration ttl) {
        return new RedisLeaderLease(pool, false, service, ttl);
    }

    /** Takes the lease if nobody holds it; true when this instance holds it afterwards. */
    public boolean tryAcquire() {
        try (Jedis jedis = pool.getResource()) {
            if ("OK".equals(jedis.set(key, owner, SetParams.setParams().nx().px(ttl.toMillis())))) {
                return true;
            }
            return owner.equals(jedis.get(key));
        }
    }

    /** Extends the lease if this instance still holds it; false when it was lost. */
    public boolean renew() {
        try (Jedis jedis = pool.getResource()) {
            return Long.valueOf(1).equals(jedis.eval(RENEW, List.of(key), List.of(owner, Long.toString(ttl.toMillis()))));
        }
    }

    /** Gives the lease up if this instance holds it, so a standby can take over at once. */
    public void release() {
        try (Jedis jedis = pool.getResource()) {
            jedis.eval(RELEASE, List.of(key), List.of(owner));
        }
    }

    /**
     * Keeps trying to lead, every third of the TTL: calls {@code onLeading} when this instance takes the
     * lease and {@code onStandby} when it loses it (Redis unreachable counts as lost). Callbacks run on the
     * lease's own thread.
     */
    public synchronized void keep(Runnable onLeading, Runnable onStandby) {
        if (keeper != null) {
            throw new IllegalStateException("lease " + key + " is already being kept");
        }
        keeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sfstream-lease-" + key);
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(100, ttl.toMillis() / 3);
        keeper.scheduleWithFixedDelay(() -> tick(onLeading, onStandby), 0, period, TimeUnit.MILLISECONDS);
    }

    private void tick(Runnable onLeading, Runnable onStandby) {
        boolean holds;
        try {
            holds = leading ? renew() : tryAcquire();
        } catch (JedisException unreachable) {
            LOG.warn("Cannot reach Redis for lease {}: {}", key, unreachable.getMessage());
            holds = false;
        }
        if (holds != leading) {
            leading = holds;
            LOG.info("Lease {}: this instance is now {}", key, holds ? "leading" : "standing by");
            (holds ? onLeading : onStandby).run();
        }
    }

    /** Whether this instance held the lease at its last renewal. */
    public boolean isLeading() {
        return leading;
    }

    /** Stops keeping the lease and releases it. */
    @Override
    public synchronized void close() {
        end(true);
    }

    /** Stops keeping the lease without releasing it, as a crashed process would: it expires after its TTL. */
    public synchronized void abandon() {
        end(false);
    }

    private void end(boolean releasing) {
        if (closed) {
            return;
        }
        closed = true;
        if (keeper != null) {
            keeper.shutdownNow();
            try {
                keeper.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (releasing) {
            try {
                release();
            } catch (JedisException unreachable) {
                LOG.warn("Cannot release lease {}; it expires after {}", key, ttl);
            }
        }
        leading = false;
        if (ownsPool) {
            pool.close();
        }
    }
}
