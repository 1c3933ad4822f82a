package dev.sfstream.cli.replay;

import dev.sfstream.cli.operate.OperatorException;

/**
 * Whether a stored position may be changed without {@code --force}. A service that is running would overwrite
 * the change at its next commit (or at stop), so the change is refused when the owning service (named by the
 * owner key) holds its leader lease, or wrote the position within the last {@value #RECENT_SECONDS} seconds (its
 * owner key was renewed then, at a commit). A service that is idle and has no leader lease cannot be told apart
 * from a stopped one: stop it before changing its positions.
 */
final class ChangeGuard {
    /** A commit this recent counts as a running service. */
    static final long RECENT_SECONDS = 60;

    private ChangeGuard() {
    }

    /** Throws naming the service and the reason when the change must be forced. */
    static void check(StoredPosition position, boolean force) {
        if (force || position.owner() == null) {
            return;
        }
        if (position.leaderLease()) {
            throw new OperatorException("service " + position.owner() + " holds its leader lease ("
                    + ReplayPositions.LEADER_PREFIX + position.owner() + ") and would overwrite " + position.channel()
                    + ": stop it first, or add --force");
        }
        if (position.ownerAgeSeconds() >= 0 && position.ownerAgeSeconds() < RECENT_SECONDS) {
            throw new OperatorException("service " + position.owner() + " stored " + position.channel() + " "
                    + position.ownerAgeSeconds() + " s ago and may be running (it would overwrite the change at its "
                    + "next commit): stop it first, or add --force");
        }
    }
}
