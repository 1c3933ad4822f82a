package dev.sfstream.harness;

import java.util.concurrent.TimeUnit;

/** Ending the child processes the harness starts (the emulator host, a private Redis). */
public final class ChildProcesses {
    private static final long GRACE_SECONDS = 10;
    private static final long KILL_WAIT_SECONDS = 5;

    private ChildProcesses() {
    }

    /** Waits for a process asked to exit; kills it when it has not exited within the grace period. */
    public static void awaitExit(Process process) {
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
