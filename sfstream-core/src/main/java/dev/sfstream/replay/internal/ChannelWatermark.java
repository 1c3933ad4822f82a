package dev.sfstream.replay.internal;

import java.util.OptionalLong;

/**
 * The commit position of one channel: the highest replay id such that every event received on the
 * channel up to it is done. It never passes an unfinished event and never moves backwards, with two exceptions:
 * it restarts when the stored position was rejected by Salesforce ({@link #restart()}), and a position taken from
 * a server's keepalive ({@link #reachedIdle}) is withdrawn when the server then sends an event at or below it:
 * that event is taken, not refused as a duplicate, and the watermark goes back to where events had put it.
 *
 * <p>The events above the watermark are kept sorted by replay id in a ring of two parallel arrays.
 * Salesforce delivers a channel's events in order, so receiving appends, completing is a binary search
 * and the watermark advances by moving the ring's head; none of it allocates, which matters at tens of
 * thousands of events a second.
 */
final class ChannelWatermark {
    private static final long NONE = Long.MIN_VALUE;
    private static final int INITIAL_CAPACITY = 64;

    /** Received events above the watermark, ascending: logical index i lives at {@code (head + i) & mask}. */
    private long[] ids = new long[INITIAL_CAPACITY];
    private boolean[] done = new boolean[INITIAL_CAPACITY];
    private int head;
    private int size;
    private long watermark = NONE;
    /** Whether keepalives moved the watermark and no event arrived since. */
    private boolean fromKeepalive;
    /** Where the watermark was before keepalives moved it; meaningful while {@link #fromKeepalive}. */
    private long beforeKeepalive = NONE;

    /** Starts from a position loaded from the replay store. */
    synchronized void seed(long committed) {
        if (watermark == NONE && size == 0) {
            watermark = committed;
        }
    }

    /** Records a received event; false when it is a duplicate (already done, or already in flight). */
    synchronized boolean receive(long replayId) {
        if (watermark != NONE && replayId <= watermark) {
            if (!fromKeepalive || (beforeKeepalive != NONE && replayId <= beforeKeepalive)) {
                return false;
            }
            // A keepalive named a position the stream still owed events below: it was wrong, so withdraw it.
            watermark = beforeKeepalive;
        }
        fromKeepalive = false;
        int at = size == 0 || replayId > idAt(size - 1) ? -(size + 1) : search(replayId);
        if (at >= 0) {
            return false;
        }
        insert(-(at + 1), replayId);
        return true;
    }

    /** Marks an event done and moves the watermark over every leading done event. */
    synchronized void complete(long replayId) {
        int at = search(replayId);
        if (at < 0 || done[slot(at)]) {
            return;
        }
        done[slot(at)] = true;
        while (size > 0 && done[head]) {
            watermark = ids[head];
            head = (head + 1) & (ids.length - 1);
            size--;
        }
    }

    /** Moves the watermark to {@code replayId} when nothing is in flight and it is ahead. */
    synchronized void reachedIdle(long replayId) {
        if (size == 0 && (watermark == NONE || replayId > watermark)) {
            if (!fromKeepalive) {
                beforeKeepalive = watermark;
                fromKeepalive = true;
            }
            watermark = replayId;
        }
    }

    /** Forgets the position: the next events start it again, whatever their ids. */
    synchronized void restart() {
        head = 0;
        size = 0;
        watermark = NONE;
        fromKeepalive = false;
    }

    synchronized OptionalLong position() {
        return watermark == NONE ? OptionalLong.empty() : OptionalLong.of(watermark);
    }

    synchronized int inFlight() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += done[slot(i)] ? 0 : 1;
        }
        return count;
    }

    private int slot(int index) {
        return (head + index) & (ids.length - 1);
    }

    private long idAt(int index) {
        return ids[slot(index)];
    }

    /** Binary search by logical index: the index if found, else {@code -(insertion point) - 1}. */
    private int search(long replayId) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long id = idAt(middle);
            if (id < replayId) {
                low = middle + 1;
            } else if (id > replayId) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    private void insert(int index, long replayId) {
        if (size == ids.length) {
            grow();
        }
        // Out-of-order arrivals are rare: shifting the tail by one is fine.
        for (int i = size; i > index; i--) {
            ids[slot(i)] = ids[slot(i - 1)];
            done[slot(i)] = done[slot(i - 1)];
        }
        ids[slot(index)] = replayId;
        done[slot(index)] = false;
        size++;
    }

    private void grow() {
        long[] grownIds = new long[ids.length * 2];
        boolean[] grownDone = new boolean[ids.length * 2];
        for (int i = 0; i < size; i++) {
            grownIds[i] = idAt(i);
            grownDone[i] = done[slot(i)];
        }
        ids = grownIds;
        done = grownDone;
        head = 0;
    }
}
