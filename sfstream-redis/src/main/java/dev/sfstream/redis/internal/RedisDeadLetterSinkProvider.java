package dev.sfstream.redis.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.DeadLetterSinkProvider;
import dev.sfstream.redis.RedisDeadLetterSink;

/** {@code DEAD_LETTER: redis}: the Redis list {@code sfstream:dead_letters} at {@code PUSHTOPIC_REPLAY_REDIS_URI}. */
public final class RedisDeadLetterSinkProvider implements DeadLetterSinkProvider {
    @Override
    public String target() {
        return "redis";
    }

    @Override
    public DeadLetterSink open(ServiceContext service) {
        SalesforceSettings settings = SalesforceSettings.from(service.config());
        return RedisDeadLetterSink.openChecked(settings.replayRedisUri(), RedisDeadLetterSink.DEFAULT_LIST_KEY);
    }
}
