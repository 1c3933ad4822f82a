package dev.sfstream.cli.run;

import dev.sfstream.failure.Failure;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for Ctrl-C (SIGINT) or SIGTERM so that the command can stop its services gracefully and exit
 * with status 0, instead of the JVM's default of dying with 130 or 143; or for a service to fail for good,
 * so that the command stops the others and exits non-zero.
 */
public final class StopSignal {
    private final CountDownLatch received = new CountDownLatch(1);
    private volatile String name;
    private volatile String failure;

    /** Starts listening for INT and TERM. */
    public StopSignal install() {
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), caught -> {
                name = "SIG" + caught.getName();
                received.countDown();
            });
        }
        return this;
    }

    /** Wakes {@link #await()} up because a service failed for good. */
    public void serviceFailed(String serviceName, Failure reason) {
        if (received.getCount() > 0) {
            failure = "service " + serviceName + " failed: " + reason;
            name = "failure";
            received.countDown();
        }
    }

    /** Wakes {@link #await()} up because the command's work is done (e.g. {@code tail --count} saw enough). */
    public void done() {
        if (received.getCount() > 0) {
            name = "done";
            received.countDown();
        }
    }

    /** Why {@link #await()} returned early, when a service failed; null after a signal. */
    public String failure() {
        return failure;
    }

    /** Whether a signal arrived. */
    public boolean received() {
        return received.getCount() == 0;
    }

    /**
     * Blocks until a signal arrives, a service fails or the work is done; returns the signal's name, {@code failure}
     * or {@code done}.
     */
    public String await() throws InterruptedException {
        received.await();
        return name;
    }
}
