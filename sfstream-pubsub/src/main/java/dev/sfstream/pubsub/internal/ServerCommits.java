package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.CommitReplayResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commits of one {@code ManagedSubscribe} call: a position is sent once it is ahead of the last one sent, each
 * with its own commit request id; the server's answer confirms it, or (an error) makes the next commit send it
 * again. Only watermark positions are committed, so the server never keeps a position ahead of an unhandled event.
 */
final class ServerCommits {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCommits.class);

    private final String channel;
    private final FetchRequests requests;
    private final Map<String, Long> unanswered = new HashMap<>();
    private long sent = Long.MIN_VALUE;
    private long confirmed = Long.MIN_VALUE;

    ServerCommits(String channel, FetchRequests requests) {
        this.channel = channel;
        this.requests = requests;
    }

    /** Sends {@code position} as the subscription's commit, unless it is not ahead of the last one sent. */
    synchronized void commit(long position, int idWidth) {
        if (position <= sent) {
            return;
        }
        String id = UUID.randomUUID().toString();
        if (requests.commit(id, ReplayIds.of(position, idWidth))) {
            unanswered.put(id, position);
            sent = position;
        }
    }

    synchronized void answered(CommitReplayResponse response) {
        Long position = unanswered.remove(response.getCommitRequestId());
        if (position == null) {
            return;
        }
        if (response.hasError()) {
            LOG.warn("Salesforce did not commit replay id {} of managed subscription channel {}: {} {}", position,
                    channel, response.getError().getCode(), response.getError().getMsg());
            sent = Math.min(sent, confirmed);
            return;
        }
        confirmed = Math.max(confirmed, position);
        notifyAll();
    }

    /** Waits until the server confirmed {@code position} or a later one; false when {@code timeout} passed first. */
    synchronized boolean awaitConfirmed(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (confirmed < position) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
