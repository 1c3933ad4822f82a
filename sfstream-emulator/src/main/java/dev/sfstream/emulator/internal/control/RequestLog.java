package dev.sfstream.emulator.internal.control;

import dev.sfstream.emulator.RecordedRequest;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** The most recent requests the emulator received (bounded, oldest dropped first). */
public final class RequestLog {
    private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public RequestLog(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("request log capacity must be > 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(RecordedRequest request) {
        entries.addLast(request);
        if (size.incrementAndGet() > capacity && entries.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    public List<RecordedRequest> entries() {
        return List.copyOf(entries);
    }

    public void clear() {
        while (entries.pollFirst() != null) {
            size.decrementAndGet();
        }
    }
}
