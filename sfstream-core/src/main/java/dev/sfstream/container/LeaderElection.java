package dev.sfstream.container;

/**
 * Chooses the one replica of a service that streams while the others stand by ({@code LEADER_LEASE});
 * {@code sfstream-redis} implements it with a lease in Redis. Give one to
 * {@link ServiceContainer.Builder#leaderElection(LeaderElection)}.
 */
public interface LeaderElection {
    /**
     * Joins the election of {@code serviceName}'s replicas. {@code onLeading} runs when this replica becomes
     * the leader, {@code onStandby} when it stops being it (lease lost or unreachable); they run one at a time,
     * in order, and must return quickly.
     */
    Membership join(String serviceName, Runnable onLeading, Runnable onStandby);

    /** One replica's place in an election. */
    interface Membership {
        /** Leaves the election and gives the lead up at once, so that a standby takes over without waiting. */
        void leave();

        /** Leaves without giving the lead up, as a crashed process would: a standby takes over when it expires. */
        void abandon();
    }
}
