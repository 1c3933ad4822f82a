package dev.sfstream.emulator.internal.bayeux;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ServerMessageImpl;
import org.cometd.server.ServerSessionImpl;

/**
 * A CometD session whose replies carry a bounded number of events, as Salesforce delivers a large backlog over
 * several {@code /meta/connect} replies. CometD 8's {@link ServerSessionImpl#takeQueue} always empties the whole
 * queue and has no per-reply limit, so this session hands it only the events within the bound and puts the rest
 * back at the head of the queue, ahead of anything queued meanwhile. While events remain queued the session
 * reports pending messages, so CometD answers the next connect at once instead of holding it.
 *
 * <p>A replay reaches the queue through a {@link ReplayFeed}, two replies' worth at a time: when a reply leaves
 * less than one reply's worth queued, the feeds top the queue up again on CometD's executor (never under the
 * session's lock, which a feed takes after its own).
 */
final class BoundedReplySession extends ServerSessionImpl {
    private final BayeuxServerImpl bayeux;
    private final int maxEvents;
    private final long maxBytes;
    private final List<ReplayFeed> feeds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean refillScheduled = new AtomicBoolean();
    private boolean backlogPending;

    BoundedReplySession(BayeuxServerImpl bayeux, int maxEvents, long maxBytes) {
        super(bayeux);
        this.bayeux = bayeux;
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /** Starts a replay: the first two replies' worth now, the rest as replies take them. */
    void replay(ReplayFeed feed) {
        // Listed first: a reply taken while the first events go in must see the feed, or nothing would refill.
        feeds.add(feed);
        if (!feed.feed(refillTarget())) {
            feeds.remove(feed);
        }
    }

    @Override
    public List<ServerMessage> takeQueue(List<ServerMessage.Mutable> replies) {
        Lock lock = getLock();
        lock.lock();
        try {
            Queue<ServerMessage> queue = getQueue();
            List<ServerMessage> heldBack = holdBackBeyondBound(queue);
            List<ServerMessage> taken = super.takeQueue(replies);
            queue.addAll(heldBack);
            backlogPending = !queue.isEmpty();
            if (queue.size() < maxEvents && !feeds.isEmpty()) {
                scheduleRefill();
            }
            return taken;
        } finally {
            lock.unlock();
        }
    }

    private void scheduleRefill() {
        if (refillScheduled.compareAndSet(false, true)) {
            try {
                bayeux.getExecutor().execute(this::refill);
            } catch (RejectedExecutionException stopping) {
                refillScheduled.set(false);
            }
        }
    }

    private void refill() {
        refillScheduled.set(false);
        for (ReplayFeed feed : feeds) {
            long room = refillTarget() - queued();
            if (room <= 0) {
                return;
            }
            if (!feed.feed(room)) {
                feeds.remove(feed);
            }
        }
    }

    private long refillTarget() {
        return 2L * maxEvents;
    }

    private int queued() {
        Lock lock = getLock();
        lock.lock();
        try {
            return getQueue().size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean hasNonLazyMessages() {
        Lock lock = getLock();
        lock.lock();
        try {
            return backlogPending || super.hasNonLazyMessages();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Leaves in {@code queue} the events within the bound and returns the later ones, in order. Meta messages
     * (a server-initiated {@code /meta/disconnect}) always stay: they end the session, and the client replays
     * what it missed after its new handshake.
     */
    private List<ServerMessage> holdBackBeyondBound(Queue<ServerMessage> queue) {
        int events = 0;
        long bytes = 0;
        int within = 0;
        for (ServerMessage message : queue) {
            if (!message.isMeta()) {
                long size = sizeOf(message);
                if (events > 0 && (events == maxEvents || bytes + size > maxBytes)) {
                    break;
                }
                events++;
                bytes += size;
            }
            within++;
        }
        if (within == queue.size()) {
            return List.of();
        }
        List<ServerMessage> kept = new ArrayList<>(within + 1);
        List<ServerMessage> heldBack = new ArrayList<>(queue.size() - within);
        int index = 0;
        for (ServerMessage message : queue) {
            if (index++ < within || message.isMeta()) {
                kept.add(message);
            } else {
                heldBack.add(message);
            }
        }
        queue.clear();
        queue.addAll(kept);
        return heldBack;
    }

    private static long sizeOf(ServerMessage message) {
        byte[] json = message instanceof ServerMessageImpl impl ? impl.getJSONBytes() : null;
        return json == null ? 0 : json.length;
    }
}
