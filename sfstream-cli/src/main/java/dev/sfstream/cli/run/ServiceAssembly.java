package dev.sfstream.cli.run;

import dev.sfstream.config.DeadLetterTarget;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.redis.RedisDeadLetterSink;
import dev.sfstream.redis.RedisLeaderElection;
import dev.sfstream.redis.RedisReplayStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a container per service class from the configuration, with what the configuration asks for:
 * the Redis replay store when {@code PUSHTOPIC_REPLAY_ENABLED} (key {@code salesforce:replay_id:<channel>}
 * and {@code PUSHTOPIC_REPLAY_TTL}, as the original), the Redis dead-letter list when {@code DEAD_LETTER}
 * is {@code redis}, the Redis leader election when {@code LEADER_LEASE} is set. Keeps what it opened so {@link #close()} can release it after the services stopped.
 */
public final class ServiceAssembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAssembly.class);

    private final List<AutoCloseable> opened = new ArrayList<>();

    /**
     * Builds (and so checks) one container per class.
     *
     * @param customize applied to each builder before it is built, e.g. to add a worker listener
     */
    public List<ServiceContainer> build(SfstreamConfig config, List<Class<?>> serviceClasses,
                                        Consumer<ServiceContainer.Builder> customize) {
        List<ServiceContainer> containers = new ArrayList<>();
        SalesforceSettings salesforce = config.raw().containsKey("SALESFORCE") ? config.salesforce() : null;
        for (Class<?> serviceClass : serviceClasses) {
            ServiceContainer.Builder builder = ServiceContainer.builder(serviceClass).config(config);
            if (salesforce != null && salesforce.replayEnabled()) {
                RedisReplayStore store = RedisReplayStore.open(salesforce.replayRedisUri(),
                        RedisReplayStore.DEFAULT_KEY_PREFIX, Duration.ofSeconds(salesforce.replayTtlSeconds()));
                opened.add(store);
                builder.replayStore(store);
                LOG.info("Service class {}: replay ids are stored in Redis ({}, TTL {} s)",
                        serviceClass.getSimpleName(), store, salesforce.replayTtlSeconds());
            }
            if (salesforce != null && salesforce.deadLetter() == DeadLetterTarget.REDIS) {
                RedisDeadLetterSink sink = RedisDeadLetterSink.open(salesforce.replayRedisUri(),
                        RedisDeadLetterSink.DEFAULT_LIST_KEY);
                opened.add(sink);
                builder.deadLetterSink(sink);
            }
            if (salesforce != null && salesforce.leaderLeaseSeconds() > 0) {
                RedisLeaderElection election = new RedisLeaderElection(salesforce.replayRedisUri(),
                        Duration.ofSeconds(salesforce.leaderLeaseSeconds()));
                builder.leaderElection(election);
                LOG.info("Service class {}: streams only while it holds the leader lease ({})",
                        serviceClass.getSimpleName(), election);
            }
            customize.accept(builder);
            containers.add(builder.build());
        }
        return containers;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : opened) {
            try {
                closeable.close();
            } catch (Exception failure) {
                LOG.warn("Closing {} failed: {}", closeable, failure.toString());
            }
        }
        opened.clear();
    }
}
