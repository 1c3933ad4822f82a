package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sfstream.emulator.internal.bayeux.RetainedEvents.StoredEvent;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EventLog;
import dev.sfstream.emulator.spi.EventSchemaIds;
import dev.sfstream.emulator.spi.Principal;
import dev.sfstream.emulator.spi.UserPush;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.cometd.bayeux.server.ServerSession;

/**
 * Every event channel's retained events and subscribers. Publishing and subscribing on one channel are
 * serialised, so a subscriber gets the replayed events first, then each new event exactly once, in order.
 * An event is serialised to JSON once, when published; that JSON is what is retained and what every
 * subscriber's response carries. An event may be addressed to some users only (generic streaming's
 * {@code userIds}): then only the sessions authenticated as one of them receive it, live or on replay.
 */
final class ChannelHub {
    private final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();
    private final EmulatorClock clock;
    private final EventDelivery delivery;
    private final int maxRetained;
    private final EventEnvelope envelope;
    private final ObjectReader reader;

    ChannelHub(EmulatorClock clock, EventDelivery delivery, int maxRetained, EventSchemaIds schemaIds) {
        this.envelope = new EventEnvelope(schemaIds);
        this.clock = clock;
        this.delivery = delivery;
        this.maxRetained = maxRetained;
        this.reader = new ObjectMapper().readerFor(new TypeReference<Map<String, Object>>() { });
    }

    /** Retains the event under the next replay id and delivers it to every matching subscriber. */
    long publish(String channelName, Map<String, Object> data) {
        return publish(channel(channelName), channelName, data, Set.of());
    }

    /**
     * Retains the event addressed to {@code audience} (everyone when empty) and delivers it to the matching
     * subscribers authenticated as one of those users; reports who was subscribed at that moment.
     */
    UserPush publish(String channelName, Map<String, Object> data, Set<String> audience) {
        Channel channel = channel(channelName);
        synchronized (channel) {
            Set<String> subscribed = subscribedUsers(channel);
            return new UserPush(publish(channel, channelName, data, Set.copyOf(audience)), subscribed);
        }
    }

    /** The ids of the users with a live session subscribed to the channel. */
    Set<String> subscribedUsers(String channelName) {
        Channel channel = channels.get(channelName);
        return channel == null ? Set.of() : subscribedUsers(channel);
    }

    private long publish(Channel channel, String channelName, Map<String, Object> data, Set<String> audience) {
        synchronized (channel) {
            Instant now = clock.now();
            channel.expire(now);
            long replayId = channel.events.nextReplayId();
            byte[] json = serialise(channel.family, channelName, data, replayId, now);
            channel.events.append(now.toEpochMilli(), json, audience);
            channel.events.trimTo(maxRetained);
            EventMessage shared = null;
            for (Subscriber subscriber : channel.subscribers) {
                if (!subscriber.filter.matches(data) || !addressed(audience, subscriber.session)) {
                    continue;
                }
                EventMessage message = shared != null && shared.getChannel().equals(subscriber.subscription)
                        ? shared : delivery.message(subscriber.subscription, json, subscriber.session);
                if (delivery.sharesMessages()) {
                    shared = message;
                }
                subscriber.feed.published(message);
            }
            channel.watchers.forEach(Runnable::run);
            return replayId;
        }
    }

    /** The timestamp format of {@code event.createdDate}, for publishers that stamp their own payloads. */
    String createdDate(Instant instant) {
        return envelope.createdDate(instant);
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

    /**
     * Starts replaying the retained events after {@code position} to the session (a few replies' worth at a time,
     * see {@link ReplayFeed}), then adds it as a subscriber of new events, which reach it after the replay.
     */
    void subscribe(ServerSession session, String subscription, ReplayPosition position) {
        Channel channel = channel(SubscriptionFilter.channelOf(subscription));
        SubscriptionFilter filter = SubscriptionFilter.of(subscription);
        synchronized (channel) {
            removeSubscriber(channel, s -> s.session == session && s.subscription.equals(subscription));
            channel.expire(clock.now());
            List<StoredEvent> replay = List.of();
            if (position instanceof ReplayPosition.AllRetained) {
                replay = channel.events.all();
            } else if (position instanceof ReplayPosition.After after) {
                replay = channel.events.after(after.replayId());
            }
            ReplayFeed feed = new ReplayFeed(session, delivery, replay, event -> addressed(event.audience(), session)
                    && (filter.isEmpty() || filter.matches(parse(event.dataJson())))
                    ? delivery.message(subscription, event.dataJson(), session) : null);
            if (session instanceof BoundedReplySession bounded) {
                bounded.replay(feed);
            } else {
                feed.feed(Long.MAX_VALUE);
            }
            channel.subscribers.add(new Subscriber(session, subscription, filter, feed));
        }
    }

    void unsubscribe(ServerSession session, String subscription) {
        Channel channel = channels.get(SubscriptionFilter.channelOf(subscription));
        if (channel != null) {
            removeSubscriber(channel, s -> s.session == session && s.subscription.equals(subscription));
        }
    }

    void forget(ServerSession session) {
        for (Channel channel : channels.values()) {
            removeSubscriber(channel, s -> s.session == session);
        }
    }

    private static void removeSubscriber(Channel channel, Predicate<Subscriber> which) {
        for (Subscriber subscriber : channel.subscribers) {
            if (which.test(subscriber) && channel.subscribers.remove(subscriber)) {
                subscriber.feed.cancel();
            }
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

    /** At most {@code max} retained events after {@code replayId}, exclusive, for transports that pull. */
    List<EventLog.LoggedEvent> after(String channelName, long replayId, int max) {
        Channel channel = channel(channelName);
        synchronized (channel) {
            channel.expire(clock.now());
            return channel.events.after(replayId, max).stream()
                    .map(e -> new EventLog.LoggedEvent(e.replayId(), e.dataJson())).toList();
        }
    }

    long latestReplayId(String channelName) {
        Channel channel = channel(channelName);
        synchronized (channel) {
            return channel.events.nextReplayId() - 1;
        }
    }

    boolean retains(String channelName, long replayId) {
        Channel channel = channel(channelName);
        synchronized (channel) {
            channel.expire(clock.now());
            return channel.events.contains(replayId);
        }
    }

    /** Runs {@code onPublish} after every event published on the channel, under its lock. */
    Runnable watch(String channelName, Runnable onPublish) {
        Channel channel = channel(channelName);
        channel.watchers.add(onPublish);
        return () -> channel.watchers.remove(onPublish);
    }

    int subscriberCount(String channelName) {
        Channel channel = channels.get(channelName);
        return channel == null ? 0 : channel.subscribers.size();
    }

    private static Set<String> subscribedUsers(Channel channel) {
        Set<String> users = new HashSet<>();
        for (Subscriber subscriber : channel.subscribers) {
            String user = userOf(subscriber.session);
            if (user != null && SessionFate.isLive(subscriber.session)) {
                users.add(user);
            }
        }
        return users;
    }

    private static boolean addressed(Set<String> audience, ServerSession session) {
        if (audience.isEmpty()) {
            return true;
        }
        String user = userOf(session);
        return user != null && audience.contains(user);
    }

    /** The user the session authenticated as on its latest request. */
    private static String userOf(ServerSession session) {
        return session.getAttribute(SalesforceMetaExtension.PRINCIPAL) instanceof Principal principal
                ? principal.userId() : null;
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name, n -> new Channel(ChannelFamily.of(n)));
    }

    private byte[] serialise(ChannelFamily family, String channelName, Map<String, Object> data, long replayId,
                             Instant now) {
        try {
            return envelope.completeJson(family, channelName, data, replayId, now);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the data of an event on " + channelName + " cannot be published: "
                    + e.getMessage(), e);
        }
    }

    private Map<String, Object> parse(byte[] dataJson) {
        try {
            return reader.readValue(dataJson);
        } catch (IOException e) {
            throw new IllegalStateException("a retained event is not valid JSON", e);
        }
    }

    static String invalidReplay(String replayId) {
        return "400::The replayId {" + replayId + "} you provided was invalid.  Please provide a valid ID,"
                + " -2 to replay all events, or -1 to replay only new events.";
    }

    private record Subscriber(ServerSession session, String subscription, SubscriptionFilter filter,
                              ReplayFeed feed) {
    }

    private static final class Channel {
        final ChannelFamily family;
        final RetainedEvents events;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        final List<Runnable> watchers = new CopyOnWriteArrayList<>();

        Channel(ChannelFamily family) {
            this.family = family;
            this.events = new RetainedEvents(family.firstReplayId());
        }

        void expire(Instant now) {
            events.expireBefore(now.minus(family.retention()).toEpochMilli());
        }
    }
}
