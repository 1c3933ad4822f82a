package dev.sfstream.container.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a starting service has started so far, so that stop, kill and a failed start release it in the
 * reverse order. Failures while releasing are logged, never thrown, so one broken part does not keep the
 * others running.
 */
public final class StartedParts {
    private static final Logger LOG = LoggerFactory.getLogger(StartedParts.class);

    private final String serviceName;
    private final Deque<Part> parts = new ArrayDeque<>();

    public StartedParts(String serviceName) {
        this.serviceName = serviceName;
    }

    /** Something started, with how to stop it gracefully (within a timeout) and at once. */
    private record Part(String name, Consumer<Duration> stop, Runnable kill) {
    }

    /** Remembers a started part. */
    public void add(String name, Consumer<Duration> stop, Runnable kill) {
        parts.push(new Part(name, stop, kill));
    }

    /** Remembers a part that stops the same way gracefully and at once. */
    public void add(String name, Runnable close) {
        add(name, timeout -> close.run(), close);
    }

    /** Stops every part, newest first, each within what is left of {@code timeout}. */
    public void stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!parts.isEmpty()) {
            Part part = parts.pop();
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            try {
                part.stop().accept(left);
            } catch (RuntimeException failure) {
                LOG.warn("Service {}: stopping {} failed: {}", serviceName, part.name(), failure.toString());
            }
        }
    }

    /** Stops every part at once, newest first. */
    public void kill() {
        while (!parts.isEmpty()) {
            Part part = parts.pop();
            try {
                part.kill().run();
            } catch (RuntimeException failure) {
                LOG.warn("Service {}: killing {} failed: {}", serviceName, part.name(), failure.toString());
            }
        }
    }
}
