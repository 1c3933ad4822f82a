package dev.sfstream.delivery;

import dev.sfstream.delivery.internal.PayloadSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default dead-letter sink: one ERROR log line with the channel, replay id, failure and a payload summary. */
public final class LoggingDeadLetterSink implements DeadLetterSink {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingDeadLetterSink.class);

    @Override
    public void accept(DeadLetter letter) {
        StreamEvent event = letter.event();
        LOG.error("Dead-lettered event on channel {} with replay id {} after {} attempts: {}; payload {}",
                event.channel(), event.hasReplayId() ? event.replayId() : "none", letter.attempts(),
                letter.failure(), PayloadSummary.of(event.data()));
    }
}
