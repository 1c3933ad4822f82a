package dev.sfstream.emulator.spi;

import java.util.Map;
import java.util.Set;

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

    /**
     * Publishes one event that only the sessions authenticated as one of {@code userIds} receive, when it is
     * published and on replay; an empty set addresses every subscriber, as {@link #publish(String, Map)} does.
     *
     * @param channel the event channel, e.g. {@code /u/Notifications}
     * @param data the {@code data} object without {@code event.replayId}; the bus adds it
     * @param userIds the 18-character ids of the addressed users
     * @return the replay id and the users subscribed to the channel at that moment
     */
    UserPush publish(String channel, Map<String, Object> data, Set<String> userIds);

    /** The 18-character ids of the users with a live subscription to {@code channel}. */
    Set<String> subscribedUsers(String channel);
}
