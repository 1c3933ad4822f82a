package dev.sfstream.streaming.internal;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.delivery.internal.DeliveryPipeline;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.SessionReplay;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.spi.StreamContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What a session shares with its transport: the channels' handlers, the delivery pipeline and the session's
 * replay side, behind the {@link StreamContext} seam.
 */
final class SharedStreamParts implements StreamContext {
    private final String name;
    private final StreamingSettings settings;
    private final SessionSource sessions;
    private final MeterRegistry registry;
    private final DeliveryPipeline pipeline;
    private final SessionReplay replay;
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();

    SharedStreamParts(String name, StreamingSettings settings, SessionSource sessions, MeterRegistry registry,
                      DeliveryPipeline pipeline, SessionReplay replay) {
        this.name = name;
        this.settings = settings;
        this.sessions = sessions;
        this.registry = registry;
        this.pipeline = pipeline;
        this.replay = replay;
    }

    /**
     * Registers a channel's handler.
     *
     * @throws IllegalArgumentException when the channel already has one
     */
    void handle(String channel, EventHandler handler) {
        if (handlers.putIfAbsent(channel, handler) != null) {
            throw new IllegalArgumentException("channel " + channel + " already has a handler; one handler per "
                    + "channel per session (combine handlers of the same channel into one)");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StreamingSettings settings() {
        return settings;
    }

    @Override
    public SessionSource sessions() {
        return sessions;
    }

    @Override
    public MeterRegistry meterRegistry() {
        return registry;
    }

    @Override
    public boolean deliver(StreamEvent event) {
        EventHandler handler = handlers.get(event.channel());
        if (handler == null) {
            throw new IllegalArgumentException("channel " + event.channel() + " was not subscribed");
        }
        return pipeline.accept(event, handler);
    }

    @Override
    public void deliverTogether(Runnable receive) {
        pipeline.acceptTogether(receive);
    }

    @Override
    public boolean isFull() {
        return pipeline.isFull();
    }

    @Override
    public int room() {
        return pipeline.room();
    }

    @Override
    public void whenRoom(Consumer<Boolean> proceed) {
        pipeline.whenRoom(proceed);
    }

    @Override
    public OptionalLong position(String channel) {
        return replay.position(channel);
    }

    @Override
    public OptionalLong load(String channel) {
        return replay.load(channel);
    }

    @Override
    public void passOver(String channel, long replayId) {
        replay.passOver(channel, replayId);
    }

    @Override
    public SessionReplay.Start start(String channel) {
        return replay.start(channel, settings.replay().replayDefault());
    }

    @Override
    public Optional<ReplayDefault> fallBack(String channel) {
        return replay.fallBack(channel, settings.replay().replayFallback());
    }

    @Override
    public void reached(String channel, long replayId) {
        replay.reached(channel, replayId);
    }

    @Override
    public void commitsOnServer(String channel) {
        replay.commitsOnServer(channel);
    }
}
