package dev.sfstream.bench.client;

import java.time.Duration;

/** A subscriber of the benchmark PushTopic whose cost and speed are measured. */
public interface BenchClient extends AutoCloseable {
    /** A short name for tables and plots, e.g. {@code bare-cometd}. */
    String name();

    /**
     * Logs in to the emulator at {@code baseUrl}, handshakes and subscribes; returns once the subscription was
     * sent (callers confirm delivery with a warm-up event).
     */
    void start(String baseUrl, EventSink sink, Duration timeout) throws Exception;

    /** Stops cleanly (commits what a client commits); releases threads and connections. */
    @Override
    void close();
}
