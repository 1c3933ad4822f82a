package dev.sfstream.container;

/** Where a service container is in its life. */
public enum ContainerState {
    /** Built, not started. */
    NEW,
    /** Starting the dependencies and the extensions (for Salesforce: logging in, declaring PushTopics, subscribing). */
    STARTING,
    /** Every entrypoint is live. */
    RUNNING,
    /** Finishing in-flight handlers. */
    STOPPING,
    /** Stopped (gracefully or killed); it can be started again. */
    STOPPED,
    /**
     * Starting failed (everything it had started was stopped again), or the running service failed for good,
     * e.g. its streaming session gave up; {@link ServiceContainer#failure()} says why. Stop releases what runs.
     */
    FAILED
}
