package dev.sfstream.delivery;

/**
 * Handles the events of one subscribed channel. Called on a worker thread, never on a CometD thread.
 * Throwing makes the pipeline retry the event and, when the retries are spent, dead-letter it.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(StreamEvent event) throws Exception;
}
