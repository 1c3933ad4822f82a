package dev.sfstream.redis.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.container.LeaderElectionProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.redis.RedisLeaderElection;
import java.time.Duration;

/** {@code LEADER_LEASE}: a lease of that many seconds at {@code PUSHTOPIC_REPLAY_REDIS_URI}. */
public final class RedisLeaderElectionProvider implements LeaderElectionProvider {
    @Override
    public LeaderElection open(ServiceContext service) {
        SalesforceSettings settings = SalesforceSettings.from(service.config());
        return new RedisLeaderElection(settings.replayRedisUri(), Duration.ofSeconds(settings.leaderLeaseSeconds()));
    }
}
