package dev.sfstream.redis.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayStoreProvider;
import java.time.Duration;
import java.util.List;

/**
 * {@code PUSHTOPIC_REPLAY_ENABLED}: replay ids at {@code PUSHTOPIC_REPLAY_REDIS_URI} under
 * {@code PUSHTOPIC_REPLAY_KEY_PREFIX} with {@code PUSHTOPIC_REPLAY_TTL}, the keys claimed for the service.
 */
public final class RedisReplayStoreProvider implements ReplayStoreProvider {
    @Override
    public ReplayStore open(ServiceContext service, List<String> channels) {
        SalesforceSettings settings = SalesforceSettings.from(service.config());
        return RedisReplayStore.openOwned(settings.replayRedisUri(), settings.replayKeyPrefix(),
                Duration.ofSeconds(settings.replayTtlSeconds()), service.serviceName(), channels);
    }
}
