package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.internal.bayeux.RetainedEvents.StoredEvent;
import dev.sfstream.emulator.spi.EmulatorClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cometd.bayeux.server.ServerSession;

/**
 * Every event channel's retained events and subscribers. Publishing and subscribing on one channel are
 * serialised, so a subscriber gets the replayed events first, then each new event exactly once, in order.
 */
final class ChannelHub {
    /** Hands one event to one subscriber's CometD queue. */
    @FunctionalInterface
    interface Delivery {
        void deliver(ServerSession session, String channel, Map<String, Object> data);
    }

    private final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();
    private final EmulatorClock clock;
    private final Delivery delivery;
    private final int maxRetained;

    ChannelHub(EmulatorClock clock, Delivery delivery, int maxRetained) {
        this.clock = clock;
        this.delivery = delivery;
        this.maxRetained = maxRetained;
    }

    /** Retains the event under the next replay id and delivers it to every matching subscriber. */
    long publish(String channelName, Map<String, Object> data) {
        Channel channel = channel(channelName);
        synchronized (channel) {
            Instant now = clock.now();
            channel.expire(now);
            long replayId = channel.events.nextReplayId();
            Map<String, Object> complete = EventEnvelope.complete(channel.family, data, replayId, now);
            channel.events.append(now.toEpochMilli(), complete);
            channel.events.trimTo(maxRetained);
            for (Subscriber subscriber : channel.subscribers) {
                if (subscriber.filter.matches(complete)) {
                    delivery.deliver(subscriber.session, subscriber.subscription, complete);
                }
            }
            return replayId;
        }
    }

    /** Empty when the position can be served, else the exact invalid-replay error. */
    Optional<String> checkReplay(String channelName, ReplayPosition position) {
        if (position instanceof ReplayPosition.Unusable unusable) {
            return Optional.of(invalidReplay(unusable.text()));
        }
        if (position instanceof ReplayPosition.After after) {
            Channel channel = channel(channelName);
            synchronized (channel) {
                channel.expire(clock.now());
                if (!channel.events.contains(after.replayId())) {
                    return Optional.of(invalidReplay(Long.toString(after.replayId())));
                }
            }
        }
        return Optional.empty();
    }

    /** Queues the replayed events for the session, then adds it as a subscriber of new events. */
    void subscribe(ServerSession session, String subscription, ReplayPosition position) {
        Channel channel = channel(SubscriptionFilter.channelOf(subscription));
        SubscriptionFilter filter = SubscriptionFilter.of(subscription);
        synchronized (channel) {
            channel.subscribers.removeIf(s -> s.session == session && s.subscription.equals(subscription));
            channel.expire(clock.now());
            List<StoredEvent> replay = List.of();
            if (position instanceof ReplayPosition.AllRetained) {
                replay = channel.events.all();
            } else if (position instanceof ReplayPosition.After after) {
                replay = channel.events.after(after.replayId());
            }
            for (StoredEvent event : replay) {
                if (filter.matches(event.data())) {
                    delivery.deliver(session, subscription, event.data());
                }
            }
            channel.subscribers.add(new Subscriber(session, subscription, filter));
        }
    }

    void unsubscribe(ServerSession session, String subscription) {
        Channel channel = channels.get(SubscriptionFilter.channelOf(subscription));
        if (channel != null) {
            channel.subscribers.removeIf(s -> s.session == session && s.subscription.equals(subscription));
        }
    }

    void forget(ServerSession session) {
        for (Channel channel : channels.values()) {
            channel.subscribers.removeIf(s -> s.session == session);
        }
    }

    int retainedCount(String channelName) {
        Channel channel = channels.get(channelName);
        if (channel == null) {
            return 0;
        }
        synchronized (channel) {
            channel.expire(clock.now());
            return channel.events.size();
        }
    }

    int subscriberCount(String channelName) {
        Channel channel = channels.get(channelName);
        return channel == null ? 0 : channel.subscribers.size();
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name, n -> new Channel(ChannelFamily.of(n)));
    }

    static String invalidReplay(String replayId) {
        return "400::The replayId {" + replayId + "} you provided was invalid.  Please provide a valid ID,"
                + " -2 to replay all events, or -1 to replay only new events.";
    }

    private record Subscriber(ServerSession session, String subscription, SubscriptionFilter filter) {
    }

    private static final class Channel {
        final ChannelFamily family;
        final RetainedEvents events;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

        Channel(ChannelFamily family) {
            this.family = family;
            this.events = new RetainedEvents(family.firstReplayId());
        }

        void expire(Instant now) {
            events.expireBefore(now.minus(family.retention()).toEpochMilli());
        }
    }
}
