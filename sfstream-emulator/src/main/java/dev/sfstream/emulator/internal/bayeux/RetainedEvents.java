package dev.sfstream.emulator.internal.bayeux;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The retained events of one channel, oldest first, in parallel arrays so that an event costs its
 * serialised {@code data} JSON (UTF-8 bytes) plus 16 bytes and a reference to its audience. Replay ids are strictly increasing, so lookups
 * are binary searches. Not thread-safe: the owning {@link ChannelHub} guards it.
 */
final class RetainedEvents {
    private long[] replayIds = new long[64];
    private long[] createdMillis = new long[64];
    private byte[][] payloads = new byte[64][];
    private Object[] audiences = new Object[64];
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
        return append(nowMillis, dataJson, Set.of());
    }

    /** Appends an event only the users in {@code audience} may receive (everyone when it is empty). */
    long append(long nowMillis, byte[] dataJson, Set<String> audience) {
        if (tail == replayIds.length) {
            makeRoom();
        }
        long id = nextReplayId++;
        replayIds[tail] = id;
        createdMillis[tail] = nowMillis;
        payloads[tail] = dataJson;
        audiences[tail] = audience.isEmpty() ? null : audience;
        tail++;
        return id;
    }

    /** Forgets the oldest events until at most {@code max} remain. */
    void trimTo(int max) {
        while (tail - head > max) {
            payloads[head] = null;
            audiences[head] = null;
            head++;
        }
    }

    /** Forgets every event created before {@code oldestKeptMillis}. */
    void expireBefore(long oldestKeptMillis) {
        while (head < tail && createdMillis[head] < oldestKeptMillis) {
            payloads[head] = null;
            audiences[head] = null;
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
        return after(replayId, Integer.MAX_VALUE);
    }

    /** At most {@code max} retained events after {@code replayId}, exclusive, oldest first. */
    List<StoredEvent> after(long replayId, int max) {
        int index = Arrays.binarySearch(replayIds, head, tail, replayId);
        int start = index >= 0 ? index + 1 : -index - 1;
        return from(start, (int) Math.min(tail, (long) start + max));
    }

    private List<StoredEvent> from(int start) {
        return from(start, tail);
    }

    private List<StoredEvent> from(int start, int end) {
        List<StoredEvent> events = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            events.add(new StoredEvent(replayIds[i], payloads[i], audience(i)));
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private Set<String> audience(int index) {
        return audiences[index] == null ? Set.of() : (Set<String>) audiences[index];
    }

    private void makeRoom() {
        int live = tail - head;
        if (live < replayIds.length / 2) {
            System.arraycopy(replayIds, head, replayIds, 0, live);
            System.arraycopy(createdMillis, head, createdMillis, 0, live);
            System.arraycopy(payloads, head, payloads, 0, live);
            System.arraycopy(audiences, head, audiences, 0, live);
            Arrays.fill(payloads, live, tail, null);
            Arrays.fill(audiences, live, tail, null);
        } else {
            int capacity = replayIds.length * 2;
            replayIds = Arrays.copyOfRange(replayIds, head, head + capacity);
            createdMillis = Arrays.copyOfRange(createdMillis, head, head + capacity);
            payloads = Arrays.copyOfRange(payloads, head, head + capacity);
            audiences = Arrays.copyOfRange(audiences, head, head + capacity);
        }
        head = 0;
        tail = live;
    }

    /**
     * One retained event: its replay id, its full {@code data} object as UTF-8 JSON (never modified) and the
     * ids of the users it is addressed to (empty: everyone).
     */
    record StoredEvent(long replayId, byte[] dataJson, Set<String> audience) {
    }
}
