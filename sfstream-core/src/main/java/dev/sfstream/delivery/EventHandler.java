package dev.sfstream.delivery;

/**
 * Handles the events of one subscribed channel. Called on a worker thread, never on a CometD thread.
 * Throwing makes the pipeline retry the event and, when the retries are spent, dead-letter it; throwing a
 * failure that says a dependency is unavailable ({@link dev.sfstream.failure.DependencyUnavailable}) holds the
 * channel and retries until the dependency answers, without dead-lettering.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(StreamEvent event) throws Exception;

    /**
     * Handles one attempt of an event whose handling has parts (for example several entrypoints on one channel):
     * {@code progress} remembers, across the retries of this one event, the parts that already succeeded, so that
     * a retry runs only the others. The default ignores it.
     */
    default void handle(StreamEvent event, Progress progress) throws Exception {
        handle(event);
    }

    /** What earlier attempts of one event achieved; belongs to that event's delivery, confined to its attempts. */
    interface Progress {
        /** Whether part {@code part} (0 to 63) already succeeded. */
        boolean isDone(int part);

        /** Records that part {@code part} (0 to 63) succeeded. */
        void done(int part);
    }
}
