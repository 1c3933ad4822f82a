package dev.sfstream.streaming.internal;

import dev.sfstream.streaming.StreamingState;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a caller wait until a session is connected and Salesforce has answered the subscribe of every
 * channel, so that a service is not reported started while a subscription is still pending or refused.
 */
final class SubscriptionProgress {
    private final Object monitor = new Object();
    private final Supplier<StreamingState> state;
    private final Supplier<Collection<ChannelSubscription>> subscriptions;

    SubscriptionProgress(Supplier<StreamingState> state, Supplier<Collection<ChannelSubscription>> subscriptions) {
        this.state = state;
        this.subscriptions = subscriptions;
    }

    /** Wakes the waiters up to look again; called after every state change and subscribe answer. */
    void changed() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** True once connected with every active channel subscribed; false on timeout, failure or stop. */
    boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                StreamingState now = state.get();
                if (now == StreamingState.FAILED || now == StreamingState.STOPPED) {
                    return false;
                }
                if (now == StreamingState.CONNECTED && subscriptions.get().stream()
                        .allMatch(subscription -> !subscription.isActive() || subscription.isSubscribed())) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
        }
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
