package dev.sfstream.streaming.internal;

import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.spi.SubscribeWaiter;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Lets a caller wait until a session is connected and Salesforce has answered the subscribe of every
 * channel, so that a service is not reported started while a subscription is still pending or refused.
 */
final class SubscriptionProgress {
    private final SubscribeWaiter waiter;

    SubscriptionProgress(Supplier<StreamingState> state, Supplier<Collection<ChannelSubscription>> subscriptions) {
        this.waiter = new SubscribeWaiter(state, () -> subscriptions.get().stream()
                .allMatch(subscription -> !subscription.isActive() || subscription.isSubscribed()));
    }

    /** Wakes the waiters up to look again; called after every state change and subscribe answer. */
    void changed() {
        waiter.changed();
    }

    /** True once connected with every active channel subscribed; false on timeout, failure or stop. */
    boolean await(Duration timeout) throws InterruptedException {
        return waiter.await(timeout);
    }

    /** What to tell the user about a subscription Salesforce refused for good. */
    static String explainRefusal(String error) {
        if (error.startsWith("404::Unknown channel")) {
            return "create the StreamingChannel record for this /u/ channel first";
        }
        if (error.contains("does not exist")) {
            return "check the channel name and that its PushTopic, platform event or CDC entity exists";
        }
        if (error.startsWith("403::")) {
            return "the user lacks a permission this channel needs";
        }
        return "a subscription Salesforce refuses is not retried";
    }
}
