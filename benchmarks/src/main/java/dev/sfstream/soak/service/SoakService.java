package dev.sfstream.soak.service;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.annotation.Transport;
import dev.sfstream.container.Dependency;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.notification.Notification;
import dev.sfstream.soak.SoakChannels;
import java.util.Map;

/**
 * The service the whole-service soak runs: it relays every event of its four channels (a PushTopic, a platform
 * event and CDC over CometD, a platform event over the Pub/Sub API) to RabbitMQ as a Nameko event
 * {@code soak_event_<run id>} carrying the channel and replay id, the way a proxy service of Salesforce events does.
 */
@ServiceName(SoakService.NAME)
public class SoakService {
    public static final String NAME = "sfstream_soak";
    /** The start of the Nameko event type; each run adds its own id, since runs may share the broker. */
    public static final String EVENT_TYPE_PREFIX = "soak_event_";
    public static final String CHANNEL_FIELD = "channel";
    public static final String REPLAY_ID_FIELD = "replay_id";

    @Dependency
    EventDispatcher dispatch;

    @Dependency
    SoakProbe probe;

    @Subscribe(SoakChannels.PUSH_TOPIC)
    @Subscribe(SoakChannels.PLATFORM_EVENT)
    @Subscribe(SoakChannels.CHANGE_EVENTS)
    public void overCometd(String channel, Notification notification) {
        relay(channel, notification);
    }

    @Subscribe(SoakChannels.PUBSUB_EVENT)
    @Transport("pubsub")
    public void overPubSub(String channel, Notification notification) {
        relay(channel, notification);
    }

    private void relay(String channel, Notification notification) {
        long replayId = notification.replayId().orElseThrow(() -> new IllegalStateException(
                "soak event without a replay id on " + channel));
        probe.attempt(channel, replayId);
        dispatch.dispatch(probe.eventType(), Map.of(CHANNEL_FIELD, channel, REPLAY_ID_FIELD, replayId));
        probe.handled(channel, replayId);
    }
}
