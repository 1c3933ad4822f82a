package dev.sfstream.cli.publish;

import dev.sfstream.cli.operate.Org;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.Notification;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Learns the replay id of the event {@code publish} sends, which REST does not return: subscribes to the event's
 * channel from new (-1) before the publish, then waits for the first event that carries the published fields.
 */
final class ReplayIdWatch implements AutoCloseable {
    private final StreamingSession session;
    private final BlockingQueue<StreamEvent> events = new LinkedBlockingQueue<>();

    private ReplayIdWatch(StreamingSession session) {
        this.session = session;
    }

    /** Subscribes; empty when the subscription is not confirmed within {@code timeout} (the publish goes on). */
    static Optional<ReplayIdWatch> open(Org org, String channel, Duration timeout)
            throws InterruptedException {
        StreamingSession session = org.listen("sfstream-publish", StreamingSession.COMETD, ReplayDefault.NEW,
                new InMemoryReplayStore());
        ReplayIdWatch watch = new ReplayIdWatch(session);
        session.subscribe(channel, watch.events::add);
        session.start();
        if (session.awaitSubscribed(timeout) && session.failedSubscriptions().isEmpty()) {
            return Optional.of(watch);
        }
        session.stop();
        return Optional.empty();
    }

    /** The replay id of the first event whose payload holds every published field, if one arrives in time. */
    OptionalLong await(Map<String, Object> fields, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            StreamEvent event = left <= 0 ? null : events.poll(left, TimeUnit.MILLISECONDS);
            if (event == null) {
                return OptionalLong.empty();
            }
            Map<String, Object> payload = new Notification(event.channel(), event.data()).payload();
            if (event.hasReplayId() && fields.entrySet().stream().allMatch(field ->
                    same(field.getValue(), payload.get(field.getKey())))) {
                return OptionalLong.of(event.replayId());
            }
        }
    }

    private static boolean same(Object published, Object received) {
        if (published instanceof Number && received instanceof Number) {
            return new BigDecimal(published.toString()).compareTo(new BigDecimal(received.toString())) == 0;
        }
        return Objects.equals(published, received);
    }

    @Override
    public void close() {
        session.stop();
    }
}
