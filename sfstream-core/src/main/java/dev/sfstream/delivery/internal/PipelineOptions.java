package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.streaming.StreamingSettings;
import java.time.Duration;

/**
 * What the delivery pipeline needs from the streaming settings.
 *
 * @param queueCapacity events accepted but not yet done above which polling pauses
 * @param maxWorkers handler threads
 * @param handlerRetries retries after the first failed attempt
 * @param handlerBackOff wait before the first retry; it doubles on each further retry
 * @param ordering ordering of events that concern no record
 * @param outageLimit how long the handlers' dependencies may stay unavailable before the pipeline gives up; zero
 *     for no limit
 * @param handlerTimeout how long one handler invocation may run before it counts as failed; zero for no limit
 */
public record PipelineOptions(int queueCapacity, int maxWorkers, int handlerRetries, Duration handlerBackOff,
        EventOrdering ordering, Duration outageLimit, Duration handlerTimeout) {
    /** The options of a session's delivery settings. */
    public static PipelineOptions of(StreamingSettings.Delivery delivery) {
        return new PipelineOptions(delivery.queueCapacity(), delivery.maxWorkers(), delivery.handlerRetries(),
                delivery.handlerBackOff(), delivery.eventOrdering(), delivery.outageLimit(),
                delivery.handlerTimeout());
    }
}
