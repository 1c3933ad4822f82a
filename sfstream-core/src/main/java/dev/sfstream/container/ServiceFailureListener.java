package dev.sfstream.container;

/** Told when a running service fails for good, e.g. its streaming session gave up; the service is then {@code FAILED}. */
@FunctionalInterface
public interface ServiceFailureListener {
    void serviceFailed(String serviceName, String reason);
}
