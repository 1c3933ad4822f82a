package dev.sfstream.emulator.spi;

import java.util.Map;

/**
 * Publishes events to Bayeux subscribers; implemented by the Bayeux side. It assigns the replay id,
 * retains the event for replay and delivers it to every subscriber of the channel.
 */
public interface StreamingBus {
    /**
     * Publishes one event.
     *
     * @param channel the event channel, e.g. {@code /topic/Name}, {@code /event/X__e}
     * @param data the {@code data} object without {@code event.replayId}; the bus adds it
     * @return the replay id given to the event
     */
    long publish(String channel, Map<String, Object> data);
}
