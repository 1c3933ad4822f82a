package dev.sfstream.streaming.spi;

import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The wire side of a streaming session: subscribes channels from the positions its {@link StreamContext} gives,
 * hands every event to {@link StreamContext#deliver}, requests no more while delivery is full, and recovers from
 * the faults of its protocol (reconnecting, logging in again, resubscribing from {@link StreamContext#load}).
 * A session calls {@link #subscribe} for each channel, {@link #start} once, and on stop {@link #beginStop},
 * then (after delivery drained and positions were committed) {@link #disconnect} or {@link #abort}, and last
 * {@link #finish}.
 */
public interface Transport {
    /** Adds a channel; before or after {@link #start}. */
    void subscribe(String channel);

    /** Starts connecting and subscribing in the background; returns at once. */
    void start();

    StreamingState state();

    /** Why the transport is {@link StreamingState#FAILED}; empty otherwise. */
    Optional<Failure> failure();

    void addStateListener(StateListener listener);

    /** Waits until connected and every channel's subscription is answered; false on timeout, failure or stop. */
    boolean awaitSubscribed(Duration timeout) throws InterruptedException;

    /** Subscriptions the server refused for good. */
    List<SubscriptionFailure> failedSubscriptions();

    /** The protocol's client id (CometD's Bayeux {@code clientId}); empty where there is none. */
    Optional<String> clientId();

    /** When the last event of a channel arrived; empty before the first. */
    Optional<Instant> lastEventTime(String channel);

    /** Fails the transport for good, e.g. because the handlers' dependencies stayed down past their limit. */
    void giveUp(Failure reason);

    /** Stops recovering and requesting events; events already received are still delivered. */
    void beginStop();

    /** Closes the connection politely (e.g. {@code /meta/disconnect}), waiting at most {@code timeout}. */
    void disconnect(Duration timeout);

    /** Closes the connection at once. */
    void abort();

    /** Releases every thread and reports {@link StreamingState#STOPPED} with {@code reason}. */
    void finish(String reason) throws InterruptedException;
}
