package dev.sfstream.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
    private final Duration margin;
    private final LongSupplier nanoTime = System::nanoTime;
    private ScheduledExecutorService keeper;
    private volatile boolean leading;
    /** Until when (monotonic nanos) this instance can be sure it holds the lease: its last confirmation's start
     * plus the TTL less the margin; a standby cannot take the lease before the key expires. */
    private volatile long confirmedUntil = Long.MIN_VALUE;
    private boolean closed;

    private RedisLeaderLease(JedisPool pool, boolean ownsPool, String service, Duration ttl) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.ownsPool = ownsPool;
        this.key = KEY_PREFIX + Objects.requireNonNull(service, "service");
        if (ttl == null || ttl.toMillis() < 300) {
            throw new IllegalArgumentException("LEADER_LEASE ttl must be at least 300 ms, got " + ttl);
        }
        this.ttl = ttl;
        this.margin = ttl.dividedBy(5);
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
        long started = nanoTime.getAsLong();
        try (Jedis jedis = pool.getResource()) {
            if ("OK".equals(jedis.set(key, owner, SetParams.setParams().nx().px(ttl.toMillis())))) {
                return confirmed(started);
            }
            return owner.equals(jedis.get(key)) && renew();
        }
    }

    /** Extends the lease if this instance still holds it; false when it was lost. */
    public boolean renew() {
        long started = nanoTime.getAsLong();
        try (Jedis jedis = pool.getResource()) {
            return Long.valueOf(1).equals(jedis.eval(RENEW, List.of(key), List.of(owner, Long.toString(ttl.toMillis()))))
                    && confirmed(started);
        }
    }

    private boolean confirmed(long attemptStarted) {
        confirmedUntil = attemptStarted + ttl.minus(margin).toNanos();
        return true;
    }

    /**
     * Whether this instance can prove it still holds the lease: it was confirmed (taken or renewed) less than the
     * TTL minus a margin ago, measured from when that confirmation was sent, so the key cannot have expired
     * and no standby can have taken it. A leader frozen past its lease (a long GC pause, a stopped process)
     * finds this false when it runs again, before it learns from Redis that the lease is gone.
     */
    public boolean holdsLease() {
        return leading && nanoTime.getAsLong() - confirmedUntil < 0;
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
            if (holds) {
                // A leader that lost the lease unknowingly stops handing events over a margin before it expires;
                // waiting the margin again here covers the two replicas' clocks running at slightly different rates.
                keeper.schedule(() -> {
                    if (leading) {
                        onLeading.run();
                    }
                }, margin.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                onStandby.run();
            }
        }
    }

    /** Stops renewing without giving up or forgetting the lease, as a process frozen for a while would (tests). */
    void freezeRenewals() {
        keeper.shutdownNow();
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
