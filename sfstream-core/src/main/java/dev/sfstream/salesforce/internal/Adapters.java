package dev.sfstream.salesforce.internal;

import dev.sfstream.config.ConfigurationException;
import dev.sfstream.config.DeadLetterTarget;
import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.LeaderElection;
import dev.sfstream.container.LeaderElectionProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.DeadLetterSinkProvider;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.ReplayStoreProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the replay store, dead-letter sink and leader election a service's configuration asks for, the
 * same way whoever starts the service: what the container's builder was given wins, otherwise the
 * {@code SALESFORCE} keys ({@code PUSHTOPIC_REPLAY_ENABLED}, {@code DEAD_LETTER}, {@code LEADER_LEASE}) select
 * a provider found with {@link ServiceLoader}. A key that asks for an adapter nobody provides fails the start,
 * naming the key and the module to add; replay ids never silently fall back to memory.
 */
public final class Adapters {
    private static final Logger LOG = LoggerFactory.getLogger(Adapters.class);
    private static final String REDIS_MODULE = "dev.sfstream:sfstream-redis";

    /**
     * What the container's builder was given; null members are chosen from the configuration.
     *
     * @param replayStore where replay ids are committed
     * @param deadLetterSink where failed events go
     * @param leaderElection the election among the service's replicas
     */
    public record Given(ReplayStore replayStore, DeadLetterSink deadLetterSink, LeaderElection leaderElection) {
    }

    /**
     * The adapters of a started service; null members mean the defaults (replay ids in memory, dead letters
     * logged, no election).
     */
    public record Opened(ReplayStore replayStore, DeadLetterSink deadLetterSink, LeaderElection leaderElection) {
    }

    private final Given given;
    private final boolean discover;

    public Adapters(Given given, boolean discover) {
        this.given = given;
        this.discover = discover;
    }

    /**
     * Opens what {@code settings} asks for and the builder did not give, naming each step and handing each to
     * {@code startup} so that it is closed with the service.
     *
     * @throws ConfigurationException when a key asks for an adapter that no module on the class path provides
     */
    Opened open(ServiceContext service, SalesforceSettings settings, List<String> channels,
                EntrypointExtension.Startup startup) throws Exception {
        ReplayStore store = given.replayStore();
        if (store == null && settings.replayEnabled()) {
            ReplayStoreProvider provider = find(ReplayStoreProvider.class, candidate -> true).orElseThrow(() ->
                    missing("`SALESFORCE.PUSHTOPIC_REPLAY_ENABLED` is true", "a replay store"));
            startup.step("opening the replay store (" + provider.getClass().getSimpleName() + ")");
            store = provider.open(service, channels);
            startup.started("the replay store", closing(store::close));
            LOG.info("Service {}: replay ids are stored in {}", service.serviceName(), store);
        }
        DeadLetterSink sink = given.deadLetterSink();
        if (sink == null && settings.deadLetter() != DeadLetterTarget.LOG) {
            String target = settings.deadLetter().name().toLowerCase(Locale.ROOT);
            DeadLetterSinkProvider provider = find(DeadLetterSinkProvider.class,
                    candidate -> candidate.target().equalsIgnoreCase(target)).orElseThrow(() ->
                    missing("`SALESFORCE.DEAD_LETTER` is `" + target + "`", "a dead-letter sink for `" + target + "`"));
            startup.step("opening the dead-letter sink (" + provider.getClass().getSimpleName() + ")");
            sink = provider.open(service);
            if (sink instanceof AutoCloseable closeable) {
                startup.started("the dead-letter sink", closing(() -> closeQuietly(closeable)));
            }
        }
        LeaderElection election = given.leaderElection();
        if (election == null && settings.leaderLeaseSeconds() > 0) {
            LeaderElectionProvider provider = find(LeaderElectionProvider.class, candidate -> true).orElseThrow(() ->
                    missing("`SALESFORCE.LEADER_LEASE` is set", "a leader election"));
            startup.step("opening the leader election (" + provider.getClass().getSimpleName() + ")");
            election = provider.open(service);
            LOG.info("Service {}: streams only while it holds the leader lease ({})", service.serviceName(),
                    election);
        }
        return new Opened(store, sink, election);
    }

    /** The adapters when the configuration has no {@code SALESFORCE} section: only what the builder gave. */
    Opened givenOnly() {
        return new Opened(given.replayStore(), given.deadLetterSink(), given.leaderElection());
    }

    private <T> Optional<T> find(Class<T> type, java.util.function.Predicate<T> wanted) {
        if (!discover) {
            return Optional.empty();
        }
        for (T candidate : ServiceLoader.load(type)) {
            if (wanted.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static ConfigurationException missing(String what, String adapter) {
        return new ConfigurationException(what + ", but no module on the class path provides " + adapter
                + ": add " + REDIS_MODULE + " (or give one to the container's builder)");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception failure) {
            LOG.warn("Closing {} failed: {}", closeable, failure.toString());
        }
    }

    /** A part that closes the same way gracefully and at once. */
    static EntrypointExtension.Running closing(Runnable close) {
        return EntrypointExtension.Running.of(timeout -> close.run(), close);
    }
}
