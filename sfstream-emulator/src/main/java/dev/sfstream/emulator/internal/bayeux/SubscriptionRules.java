package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        Optional<String> unknownFields = checkFilterFields(channel, SubscriptionFilter.of(subscription));
        if (unknownFields.isPresent()) {
            return unknownFields;
        }
        if (allowance.isExhausted()) {
            return Optional.of(Replies.DAILY_LIMIT);
        }
        return hub.checkReplay(channel, position);
    }

    private Optional<String> checkFilterFields(String channel, SubscriptionFilter filter) {
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        Optional<Set<String>> known = directory.filterableFields(channel);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = known.get().stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> unknown = filter.fieldValues().keySet().stream()
                .filter(field -> !allowed.contains(field.toLowerCase(Locale.ROOT)))
                .sorted()
                .toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("400::Query fields {" + String.join(", ", unknown) + "} do not exist on the topic entity");
    }
}
