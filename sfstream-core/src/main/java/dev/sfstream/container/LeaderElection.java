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

        /**
         * Whether this replica can still prove it leads: its lease was last confirmed recently enough that no
         * standby can have taken over yet (with a margin). Checked before each event is handed to a handler, so
         * a leader frozen past its lease hands nothing over once a standby may be streaming. Default: true.
         */
        default boolean holdsLease() {
            return true;
        }

        /** Leaves without giving the lead up, as a crashed process would: a standby takes over when it expires. */
        void abandon();
    }
}
