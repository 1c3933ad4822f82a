package dev.sfstream.delivery;

/**
 * Receives events that could not be handled after every retry. After {@link #accept} returns, the event
 * counts as done and the channel's commit position moves past it. A sink whose own store is unavailable throws
 * a {@link dev.sfstream.failure.DependencyUnavailable} failure: the event is then held and offered again later.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DeadLetterSink {
    /**
     * Takes one dead letter. Any other exception thrown here is logged and the event is still counted as
     * done, so one poison event never stalls its channel.
     */
    void accept(DeadLetter letter);
}
