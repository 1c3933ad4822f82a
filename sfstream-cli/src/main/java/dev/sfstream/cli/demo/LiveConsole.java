package dev.sfstream.cli.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Prints what the demo does, one line per notification handled and per event dispatched, with counts and rate. */
final class LiveConsole {
    private final PrintWriter out;
    private volatile long startedAt = System.nanoTime();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong dispatched = new AtomicLong();

    LiveConsole(PrintWriter out) {
        this.out = out;
    }

    /** Counts rates from now (after the emulator and the service have started). */
    void startClock() {
        startedAt = System.nanoTime();
    }

    void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    void changed(String description) {
        changes.incrementAndGet();
        say("  change      " + description);
    }

    void handled(String description) {
        long count = handled.incrementAndGet();
        synchronized (handled) {
            handled.notifyAll();
        }
        say(String.format(Locale.ROOT, "  handled     %-58s #%-5d %6.1f/s", description, count, rate(count)));
    }

    void dispatched(String description) {
        long count = dispatched.incrementAndGet();
        say(String.format(Locale.ROOT, "  dispatched  %-58s #%-5d %6.1f/s", description, count, rate(count)));
    }

    long changes() {
        return changes.get();
    }

    long handled() {
        return handled.get();
    }

    long dispatched() {
        return dispatched.get();
    }

    /** Waits until {@code count} notifications were handled; false when {@code timeout} passed first. */
    boolean awaitHandled(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (handled) {
            while (handled.get() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                handled.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Seconds since the demo started. */
    double elapsedSeconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    private double rate(long count) {
        double seconds = Math.max(0.001, (System.nanoTime() - startedAt) / 1e9);
        return count / seconds;
    }
}
