package dev.sfstream.soak;

/**
 * The soak handler's own failures, fixed by replay id so that every run can check them: every 101st event fails
 * for good (it must be dead-lettered, with its reason) and every 17th fails its first attempt (it must be retried).
 */
public final class ScriptedFailures {
    public static final int ALWAYS_FAILS_EVERY = 101;
    public static final int FIRST_ATTEMPT_FAILS_EVERY = 17;

    private ScriptedFailures() {
    }

    /** Whether the handler refuses this event on every attempt (it must end dead-lettered). */
    public static boolean alwaysFails(long replayId) {
        return replayId % ALWAYS_FAILS_EVERY == 0;
    }

    /** Counts an attempt at the event in {@code ledger}; throws when this attempt is scripted to fail. */
    public static void attempt(DeliveryLedger ledger, String channel, long replayId) {
        int attempt = ledger.attempt(channel, replayId);
        if (alwaysFails(replayId)) {
            throw new IllegalStateException("soak handler refuses replay id " + replayId + " on " + channel);
        }
        if (replayId % FIRST_ATTEMPT_FAILS_EVERY == 0 && attempt == 1) {
            throw new IllegalStateException("soak handler fails the first attempt at replay id " + replayId);
        }
    }
}
