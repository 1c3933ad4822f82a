package dev.sfstream.streaming.internal;

import dev.sfstream.delivery.StreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cometd.bayeux.Message;

/**
 * Puts each channel's events back in replay order when the server answered two requests at once.
 *
 * <p>A CometD server may put queued events on any reply, not only on the poll's (CometD's own default; Salesforce
 * uses the poll only), and the replies to two outstanding requests can be read in either order. Taken as they come,
 * a later batch of a channel could be handled and move its watermark past an earlier batch still on its way, which
 * would then be refused as duplicates: lost. So a reply that carries events while another request is unanswered is
 * held, with whatever arrives after it, until no request is outstanding (or {@link #HOLD_AT_MOST} passed, for a
 * request the server keeps), and the held replies are then taken as one, each channel's events in replay-id order.
 * A reply that is the only one outstanding, the steady state of a long poll, is never held.
 *
 * <p>Not thread-safe except for {@link #sent()}: the transport calls the rest under its reply-order lock.
 */
final class OverlappingReplies {
    /** How long a reply waits for the others at most; the server wrote them at about the same time. */
    static final Duration HOLD_AT_MOST = Duration.ofSeconds(1);

    private final AtomicInteger outstanding = new AtomicInteger();
    private List<Message.Mutable> held;
    /** Counts the holds, so that the deadline of one that ended cannot release the next early. */
    private long holds;

    /** Counts a request before it leaves, so that any reply read after it knows the request may still answer. */
    void sent() {
        outstanding.incrementAndGet();
    }

    /**
     * A reply arrived. Returns what to take now: the reply itself, the held replies with it in replay order, or
     * nothing while they wait for an outstanding request.
     */
    List<Message.Mutable> answered(List<Message.Mutable> reply) {
        boolean othersOutstanding = answer() > 0;
        if (held == null) {
            if (!othersOutstanding || !carriesEvents(reply)) {
                return reply;
            }
            held = new ArrayList<>(reply);
            holds++;
            return List.of();
        }
        held.addAll(reply);
        return othersOutstanding ? List.of() : release();
    }

    /** A request failed: it will not answer. Returns the held replies when it was the last one outstanding. */
    List<Message.Mutable> failed() {
        return answer() == 0 && held != null ? release() : List.of();
    }

    /** The current hold, to be passed to {@link #release(long)} by its deadline; 0 while nothing is held. */
    long hold() {
        return held == null ? 0 : holds;
    }

    /** Takes what the given hold still holds, in replay order, when an outstanding request keeps it too long. */
    List<Message.Mutable> release(long hold) {
        return held != null && hold == holds ? release() : List.of();
    }

    private List<Message.Mutable> release() {
        List<Message.Mutable> merged = inReplayOrder(held);
        held = null;
        return merged;
    }

    private int answer() {
        return outstanding.updateAndGet(count -> Math.max(0, count - 1));
    }

    private static boolean carriesEvents(List<Message.Mutable> reply) {
        for (int index = 0; index < reply.size(); index++) {
            if (isEvent(reply.get(index))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEvent(Message message) {
        return !message.isMeta() && message.getData() != null;
    }

    /**
     * The messages in their order, except that each channel's events with a replay id are sorted by it within the
     * places those events take (meta messages and events without a replay id stay where they are).
     */
    static List<Message.Mutable> inReplayOrder(List<Message.Mutable> messages) {
        Map<String, List<Integer>> places = new HashMap<>();
        for (int index = 0; index < messages.size(); index++) {
            Message.Mutable message = messages.get(index);
            if (isEvent(message) && StreamEvent.replayIdOf(message.getDataAsMap()) != StreamEvent.NO_REPLAY_ID) {
                places.computeIfAbsent(message.getChannel(), channel -> new ArrayList<>()).add(index);
            }
        }
        List<Message.Mutable> ordered = new ArrayList<>(messages);
        for (List<Integer> channelPlaces : places.values()) {
            List<Message.Mutable> events = new ArrayList<>(channelPlaces.size());
            channelPlaces.forEach(place -> events.add(messages.get(place)));
            events.sort((left, right) -> Long.compare(StreamEvent.replayIdOf(left.getDataAsMap()),
                    StreamEvent.replayIdOf(right.getDataAsMap())));
            for (int at = 0; at < channelPlaces.size(); at++) {
                ordered.set(channelPlaces.get(at), events.get(at));
            }
        }
        return ordered;
    }
}
