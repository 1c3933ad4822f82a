package dev.sfstream.delivery.internal;

import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The commit position of one channel: the highest replay id such that every event received on the
 * channel up to it is done. It never moves backwards and never passes an unfinished event; it only
 * restarts when the stored position was rejected by Salesforce ({@link #restart()}).
 */
final class ChannelWatermark {
    private static final long NONE = Long.MIN_VALUE;

    /** Received events above the watermark, by replay id; the value says whether the event is done. */
    private final TreeMap<Long, Boolean> window = new TreeMap<>();
    private long watermark = NONE;

    /** Starts from a position loaded from the replay store. */
    synchronized void seed(long committed) {
        if (watermark == NONE && window.isEmpty()) {
            watermark = committed;
        }
    }

    /** Records a received event; false when it is a duplicate (already done, or already in flight). */
    synchronized boolean receive(long replayId) {
        if (watermark != NONE && replayId <= watermark || window.containsKey(replayId)) {
            return false;
        }
        window.put(replayId, Boolean.FALSE);
        return true;
    }

    /** Marks an event done and moves the watermark over every leading done event. */
    synchronized void complete(long replayId) {
        if (window.replace(replayId, Boolean.TRUE) == null) {
            return;
        }
        while (!window.isEmpty() && window.firstEntry().getValue()) {
            watermark = window.pollFirstEntry().getKey();
        }
    }

    /** Forgets the position: the next events start it again, whatever their ids. */
    synchronized void restart() {
        window.clear();
        watermark = NONE;
    }

    synchronized OptionalLong position() {
        return watermark == NONE ? OptionalLong.empty() : OptionalLong.of(watermark);
    }

    synchronized int inFlight() {
        return (int) window.values().stream().filter(done -> !done).count();
    }
}
