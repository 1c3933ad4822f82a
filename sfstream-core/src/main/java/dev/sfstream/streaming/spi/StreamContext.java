package dev.sfstream.streaming.spi;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.SessionReplay;
import dev.sfstream.streaming.StreamingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * What a streaming session offers its {@link Transport}: the login, the settings, and the parts every transport
 * shares. Positions are replay ids as ordered numbers: CometD's own, or a Pub/Sub replay id read as an unsigned
 * big-endian number; the transport converts them to and from its wire form. All methods are thread-safe.
 */
public interface StreamContext {
    /** The session's name, typically the service's: for threads, logs and meter tags. */
    String name();

    StreamingSettings settings();

    /** The Salesforce login shared with REST. */
    SessionSource sessions();

    /** Where the transport registers its meters (tag them with {@code service} = {@link #name()}). */
    MeterRegistry meterRegistry();

    /**
     * Hands a received event, parsed once where it arrived, to delivery, which runs the channel's handler on a
     * worker. Returns false when the event was not taken: a duplicate of one already received (a replay
     * overlap), or the session is stopping. The event's data is what CometD shows ({@code event}, and
     * {@code sobject} or {@code payload}), whatever the transport.
     */
    boolean deliver(StreamEvent event);

    /**
     * Parses and delivers an event (see {@link #deliver(StreamEvent)}).
     *
     * @param replayId the event's position, or {@link StreamEvent#NO_REPLAY_ID}
     */
    default boolean deliver(String channel, long replayId, Map<String, Object> data) {
        return deliver(new StreamEvent(channel, replayId, data));
    }

    /**
     * Runs {@code receive}, which delivers the events of one reply (or batch) on this thread; delivery starts
     * their handlers together when it returns, so that a reply wakes the workers once instead of once per event.
     * Transports that receive events in batches call it around each batch; delivering outside it is fine too.
     */
    default void deliverTogether(Runnable receive) {
        receive.run();
    }

    /** Whether delivery is full (or closing): a transport requests no more events until {@link #whenRoom}. */
    boolean isFull();

    /** How many more events delivery takes before it is full; zero when full or closing. */
    int room();

    /** Runs {@code proceed} with true once delivery has room (at once if it has), or with false if it closes. */
    void whenRoom(Consumer<Boolean> proceed);

    /** The channel's watermark in this process: every event up to it is done; empty before any. */
    OptionalLong position(String channel);

    /**
     * The position to resume a channel from: its watermark, seeded from the replay store the first time (not after
     * a {@link #fallBack}: the store still holds the rejected position). Call it before {@link #start}.
     *
     * @throws dev.sfstream.replay.ReplayStoreException when the store cannot be read: do not subscribe then,
     *     starting elsewhere could skip events
     */
    OptionalLong load(String channel);

    /**
     * Where the channel's next subscription starts, with {@code REPLAY_DEFAULT} from the settings (see
     * {@link SessionReplay#start}); the transport encodes it and passes over the events it names.
     */
    SessionReplay.Start start(String channel);

    /**
     * Applies {@code REPLAY_FALLBACK} from the settings after Salesforce rejected the channel's position: the
     * preset later starts use until the channel has a position again, or empty for {@code fail} (the transport
     * stops the channel and names it).
     */
    Optional<ReplayDefault> fallBack(String channel);

    /** Counts an event as done without handling it (one that predates the channel's start, or undecodable). */
    void passOver(String channel, long replayId);

    /**
     * The server says the channel's stream has reached {@code replayId} (a Pub/Sub keepalive): when no event
     * of the channel is in flight, the watermark moves there, so that an idle channel's stored position stays
     * within the retention window. A server that breaks the keepalive rule cannot make events vanish through it: an
     * event delivered later at or below that position is taken (not refused as a duplicate) and the watermark goes
     * back to where the channel's events had put it.
     */
    void reached(String channel, long replayId);

    /**
     * The server keeps this channel's position (a Pub/Sub managed subscription, to which the transport commits
     * {@link #position}): its watermark is not written to the replay store.
     */
    void commitsOnServer(String channel);
}
