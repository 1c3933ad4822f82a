package dev.sfstream.container;

import dev.sfstream.failure.Failure;

/** Told when a running service fails for good, e.g. its streaming session gave up; the service is then {@code FAILED}. */
@FunctionalInterface
public interface ServiceFailureListener {
    void serviceFailed(String serviceName, Failure failure);
}
