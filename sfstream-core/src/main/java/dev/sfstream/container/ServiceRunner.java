package dev.sfstream.container;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs several services in one process, each in its own container with its own streaming session, as
 * {@code nameko run} does. Starts them in order; when one fails to start, the ones already started are
 * stopped and the failure is thrown. Stops them in reverse order.
 */
public final class ServiceRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);

    private final List<ServiceContainer> containers;
    private final List<ServiceContainer> started = new ArrayList<>();

    /** A runner for containers already built (and so already checked). */
    public ServiceRunner(List<ServiceContainer> containers) {
        this.containers = List.copyOf(containers);
    }

    /** The containers, in start order. */
    public List<ServiceContainer> containers() {
        return containers;
    }

    /**
     * Starts every service.
     *
     * @throws ServiceStartException from the first service that failed, after stopping the others
     */
    public synchronized void start() {
        for (ServiceContainer container : containers) {
            try {
                container.start();
                started.add(container);
            } catch (RuntimeException failure) {
                LOG.error("Service {} failed to start; stopping the {} started before it", container.serviceName(),
                        started.size());
                stop(ServiceContainer.DEFAULT_STOP_TIMEOUT);
                throw failure;
            }
        }
    }

    /** Stops every started service gracefully, newest first, sharing {@code timeout} among them. */
    public synchronized void stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = started.size() - 1; i >= 0; i--) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            started.get(i).stop(left);
        }
        started.clear();
    }

    /** Stops every started service at once. */
    public synchronized void kill() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).kill();
        }
        started.clear();
    }

    @Override
    public void close() {
        stop(ServiceContainer.DEFAULT_STOP_TIMEOUT);
    }
}
