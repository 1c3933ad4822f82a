package dev.sfstream.container;

/**
 * Makes the leader election that {@code LEADER_LEASE} asks for. Found with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/dev.sfstream.container.LeaderElectionProvider}); {@code sfstream-redis}
 * provides one.
 */
public interface LeaderElectionProvider {
    /**
     * The election of one service's replicas.
     *
     * @throws Exception when the election's store cannot be reached; the service then does not start
     */
    LeaderElection open(ServiceContext service) throws Exception;
}
