package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.internal.bayeux.RetainedEvents.StoredEvent;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;
import org.cometd.bayeux.server.ServerSession;

/**
 * One subscription's replay, handed to its session a few replies' worth at a time. Queuing a backlog of 100,000
 * events at once made the subscribe take a third of a second and kept every event's message alive in the queue
 * until the client took it; fed in steps, the subscribe is answered at once and the queue stays short. Events
 * published while the feed is behind wait behind the replay, so the subscriber still gets every event once, in
 * replay id order.
 *
 * <p>Lock order: the channel's lock (publishing, subscribing), then this feed's, then the session's (delivering).
 */
final class ReplayFeed {
    private final ServerSession session;
    private final EventDelivery delivery;
    /** The message for a replayed event, or null when the subscription does not get it (filter, audience). */
    private final Function<StoredEvent, EventMessage> replayed;
    private final Queue<EventMessage> publishedMeanwhile = new ArrayDeque<>();
    private List<StoredEvent> replay;
    private int next;
    private boolean caughtUp;
    private boolean cancelled;

    ReplayFeed(ServerSession session, EventDelivery delivery, List<StoredEvent> replay,
               Function<StoredEvent, EventMessage> replayed) {
        this.session = session;
        this.delivery = delivery;
        this.replay = replay;
        this.replayed = replayed;
    }

    /** Delivers a newly published event at once when the replay is done, else after it. */
    synchronized void published(EventMessage message) {
        if (cancelled) {
            return;
        }
        if (caughtUp) {
            delivery.deliver(session, message);
        } else {
            publishedMeanwhile.add(message);
        }
    }

    /** Delivers up to {@code max} more events in one batch (one wake-up); true while events remain after them. */
    synchronized boolean feed(long max) {
        if (cancelled || caughtUp) {
            return false;
        }
        session.batch(() -> {
            long fed = 0;
            while (fed < max && next < replay.size()) {
                EventMessage message = replayed.apply(replay.get(next++));
                if (message != null) {
                    delivery.deliver(session, message);
                    fed++;
                }
            }
            while (fed < max && !publishedMeanwhile.isEmpty()) {
                delivery.deliver(session, publishedMeanwhile.poll());
                fed++;
            }
        });
        caughtUp = next == replay.size() && publishedMeanwhile.isEmpty();
        if (caughtUp) {
            replay = List.of();
            next = 0;
        }
        return !caughtUp;
    }

    /** The subscription ended: nothing more is delivered. */
    synchronized void cancel() {
        cancelled = true;
        replay = List.of();
        next = 0;
        publishedMeanwhile.clear();
    }
}
