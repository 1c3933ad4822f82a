package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.Principal;
import java.util.Optional;

/** Decides whether a subscription is accepted, with Salesforce's error string when it is not. */
final class SubscriptionRules {
    private final ChannelDirectory directory;
    private final ChannelHub hub;
    private final DeliveryAllowance allowance;

    SubscriptionRules(ChannelDirectory directory, ChannelHub hub, DeliveryAllowance allowance) {
        this.directory = directory;
        this.hub = hub;
        this.allowance = allowance;
    }

    /** Empty when {@code subscription} may be subscribed to from {@code position}, else the error. */
    Optional<String> check(String subscription, Principal user, ReplayPosition position) {
        if (!subscription.startsWith("/")) {
            return Optional.of("400::Channel subscriptions must start with a leading '/'");
        }
        String channel = SubscriptionFilter.channelOf(subscription);
        if (user == null) {
            return Optional.of("403::Client has not completed handshake");
        }
        Optional<String> refused = directory.checkSubscription(channel, user);
        if (refused.isPresent()) {
            return refused;
        }
        if (!ChannelFamily.isEventChannel(channel)) {
            return Optional.of("400::The channel you requested to subscribe to does not exist {" + channel + "}");
        }
        if (allowance.isExhausted()) {
            return Optional.of(Replies.DAILY_LIMIT);
        }
        return hub.checkReplay(channel, position);
    }
}
