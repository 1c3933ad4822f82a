package dev.sfstream.emulator.internal.bayeux;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The retained events of one channel, oldest first, in parallel arrays so that an event costs its
 * serialised {@code data} JSON (UTF-8 bytes) plus 16 bytes. Replay ids are strictly increasing, so lookups
 * are binary searches. Not thread-safe: the owning {@link ChannelHub} guards it.
 */
final class RetainedEvents {
    private long[] replayIds = new long[64];
    private long[] createdMillis = new long[64];
    private byte[][] payloads = new byte[64][];
    private int head;
    private int tail;
    private long nextReplayId;

    RetainedEvents(long firstReplayId) {
        this.nextReplayId = firstReplayId;
    }

    long nextReplayId() {
        return nextReplayId;
    }

    /** Appends an event (its {@code data} object as JSON) with the next replay id and returns that id. */
    long append(long nowMillis, byte[] dataJson) {
        if (tail == replayIds.length) {
            makeRoom();
        }
        long id = nextReplayId++;
        replayIds[tail] = id;
        createdMillis[tail] = nowMillis;
        payloads[tail] = dataJson;
        tail++;
        return id;
    }

    /** Forgets the oldest events until at most {@code max} remain. */
    void trimTo(int max) {
        while (tail - head > max) {
            payloads[head] = null;
            head++;
        }
    }

    /** Forgets every event created before {@code oldestKeptMillis}. */
    void expireBefore(long oldestKeptMillis) {
        while (head < tail && createdMillis[head] < oldestKeptMillis) {
            payloads[head] = null;
            head++;
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    int size() {
        return tail - head;
    }

    boolean contains(long replayId) {
        return Arrays.binarySearch(replayIds, head, tail, replayId) >= 0;
    }

    /** Every retained event, oldest first. */
    List<StoredEvent> all() {
        return from(head);
    }

    /** The retained events after {@code replayId}, exclusive, oldest first. */
    List<StoredEvent> after(long replayId) {
        int index = Arrays.binarySearch(replayIds, head, tail, replayId);
        int start = index >= 0 ? index + 1 : -index - 1;
        return from(start);
    }

    private List<StoredEvent> from(int start) {
        List<StoredEvent> events = new ArrayList<>(Math.max(0, tail - start));
        for (int i = start; i < tail; i++) {
            events.add(new StoredEvent(replayIds[i], payloads[i]));
        }
        return events;
    }

    private void makeRoom() {
        int live = tail - head;
        if (live < replayIds.length / 2) {
            System.arraycopy(replayIds, head, replayIds, 0, live);
            System.arraycopy(createdMillis, head, createdMillis, 0, live);
            System.arraycopy(payloads, head, payloads, 0, live);
            Arrays.fill(payloads, live, tail, null);
        } else {
            int capacity = replayIds.length * 2;
            replayIds = Arrays.copyOfRange(replayIds, head, head + capacity);
            createdMillis = Arrays.copyOfRange(createdMillis, head, head + capacity);
            payloads = Arrays.copyOfRange(payloads, head, head + capacity);
        }
        head = 0;
        tail = live;
    }

    /** One retained event: its replay id and its full {@code data} object as UTF-8 JSON (never modified). */
    record StoredEvent(long replayId, byte[] dataJson) {
    }
}
