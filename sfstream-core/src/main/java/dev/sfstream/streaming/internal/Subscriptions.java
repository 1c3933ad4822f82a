package dev.sfstream.streaming.internal;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.SessionReplay.Start;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.SubscriptionFailure;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.cometd.bayeux.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels of one CometD transport: the replay id each subscription sends (where the session's replay side
 * starts it), what to do when Salesforce refuses one, and the hand-over of every received event to delivery.
 */
final class Subscriptions {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final Map<String, ChannelSubscription> byChannel = new ConcurrentHashMap<>();
    private final List<SubscriptionFailure> refused = new CopyOnWriteArrayList<>();
    private final StreamingSettings settings;
    private final StreamContext context;
    private final SessionMetrics metrics;
    private final Clock clock;

    Subscriptions(StreamContext context, SessionMetrics metrics, Clock clock) {
        this.settings = context.settings();
        this.context = context;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Registers a channel (as subscribed, filter included); the session checks it has one handler. */
    ChannelSubscription add(String channel) {
        return byChannel.computeIfAbsent(channel, ChannelSubscription::new);
    }

    Collection<ChannelSubscription> all() {
        return byChannel.values();
    }

    Stream<ChannelSubscription> active() {
        return byChannel.values().stream().filter(ChannelSubscription::isActive);
    }

    Optional<ChannelSubscription> get(String channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /** Marks every channel unsubscribed, when its connection is gone. */
    void connectionLost() {
        byChannel.values().forEach(subscription -> subscription.subscribed(false));
    }

    /**
     * The replay id to send when subscribing a channel (as subscribed, filter included): where the replay side
     * starts it, from its watermark at the moment the request leaves.
     */
    long startPosition(String channel) {
        ChannelSubscription subscription = byChannel.get(channel);
        if (subscription == null) {
            return settings.replay().replayDefault().replayId();
        }
        Start start = context.start(channel);
        subscription.requested(start);
        return ReplayExtension.replayIdOf(start);
    }

    /** Hands a received event to the pipeline, unless it predates the channel's new-only start. */
    void eventReceived(ChannelSubscription subscription, Message message) {
        StreamEvent event = StreamEvent.of(subscription.channel(), message.getDataAsMap());
        subscription.eventReceived(clock.millis());
        Start start = subscription.start();
        // Most starts pass nothing over: the common case reads no creation time and makes no lambda.
        if (event.hasReplayId() && start != null && start.passOverBefore().isPresent()
                && start.passesOver(event::createdDate)) {
            context.passOver(subscription.channel(), event.replayId());
            return;
        }
        context.deliver(event);
    }

    /**
     * Applies {@code REPLAY_FALLBACK} after Salesforce rejected a channel's replay id, resubscribing it on the
     * given connection (null if none). Returns why the session must fail when the fallback is {@code fail}.
     */
    Optional<Failure> fallBack(ChannelSubscription subscription, BayeuxFailure refusal, Connection connection) {
        String channel = subscription.channel();
        Long rejected = refusal.rejectedReplayId() != null ? refusal.rejectedReplayId() : subscription.requestedStart();
        Optional<ReplayDefault> preset = context.fallBack(channel);
        if (preset.isEmpty()) {
            subscription.deactivate();
            refused.add(new SubscriptionFailure(channel, refusal.error(),
                    "the stored replay id is no longer retained and REPLAY_FALLBACK is 'fail'"));
            return Optional.of(new Failure(Failure.Kind.REPLAY_POSITION_LOST, refusal.error(), false,
                    "Salesforce no longer retains replay id " + rejected + " of channel " + channel
                    + " and REPLAY_FALLBACK is 'fail'; set REPLAY_FALLBACK to 'all' or 'new' to resume with a gap",
                    null));
        }
        LOG.warn("Salesforce rejected replay id {} of channel {} ({}): events after it that Salesforce no longer "
                + "retains are lost. REPLAY_FALLBACK is '{}': resubscribing with replay id {}", rejected, channel,
                refusal.error(), settings.replay().replayFallback().name().toLowerCase(), preset.get().replayId());
        metrics.fallbacks.increment();
        // Salesforce refused only this subscribe: the session and the other channels are fine, so only this
        // channel is subscribed again, from the fallback position.
        if (connection != null) {
            subscription.subscribed(false);
            connection.subscribe(subscription);
        }
        return Optional.empty();
    }

    /** Stops a subscription Salesforce refused for good. Returns why the session must fail if none is left. */
    Optional<Failure> refuse(ChannelSubscription subscription, BayeuxFailure refusal) {
        subscription.deactivate();
        String explanation = SubscriptionProgress.explainRefusal(refusal.error());
        refused.add(new SubscriptionFailure(subscription.channel(), refusal.error(), explanation));
        LOG.error("Stopped the subscription to {}: Salesforce answered '{}'; {}", subscription.channel(),
                refusal.error(), explanation);
        if (active().findAny().isEmpty()) {
            return Optional.of(new Failure(Failure.Kind.SUBSCRIPTIONS_REFUSED, refusal.error(), false,
                    "Salesforce refused every subscription; last: " + subscription.channel() + ": " + refusal.error(),
                    null));
        }
        return Optional.empty();
    }

    List<SubscriptionFailure> refused() {
        return List.copyOf(refused);
    }
}
