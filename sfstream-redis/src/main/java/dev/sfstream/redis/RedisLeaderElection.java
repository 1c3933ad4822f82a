package dev.sfstream.redis;

import dev.sfstream.container.LeaderElection;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code LEADER_LEASE} over Redis: each replica of a service keeps trying to hold the lease
 * {@code sfstream:leader:<service>} (see {@link RedisLeaderLease}); the holder streams, the others stand by
 * and take over when it gives the lease up on stop or lets it expire by dying.
 */
public final class RedisLeaderElection implements LeaderElection {
    private final String redisUri;
    private final Duration ttl;

    /**
     * @param redisUri e.g. {@code redis://127.0.0.1:6379/11}; each joined service gets its own small pool
     * @param ttl how long the lease lives without renewal: how soon a standby takes over from a dead leader
     */
    public RedisLeaderElection(String redisUri, Duration ttl) {
        this.redisUri = Objects.requireNonNull(redisUri, "redisUri");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        RedisUri.parse(redisUri);
    }

    @Override
    public Membership join(String serviceName, Runnable onLeading, Runnable onStandby) {
        RedisLeaderLease lease = RedisLeaderLease.open(redisUri, serviceName, ttl);
        lease.keep(onLeading, onStandby);
        return new Membership() {
            @Override
            public void leave() {
                lease.close();
            }

            @Override
            public boolean holdsLease() {
                return lease.holdsLease();
            }

            @Override
            public void abandon() {
                lease.abandon();
            }
        };
    }

    @Override
    public String toString() {
        return "RedisLeaderElection[" + RedisUri.parse(redisUri) + ", ttl " + ttl + "]";
    }
}
