package dev.sfstream.streaming.internal;

import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.delivery.internal.DeliveryPipeline;
import dev.sfstream.delivery.internal.NamedThreads;
import dev.sfstream.delivery.internal.WatermarkCommitter;
import dev.sfstream.delivery.internal.Watermarks;
import dev.sfstream.streaming.ReplayDefault;
import dev.sfstream.streaming.ReplayFallback;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.cometd.bayeux.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides how a streaming session recovers. Every report from CometD is posted to a
 * single thread and handled there in order, so recovery steps never race each other: a lost session is
 * re-established by opening a fresh {@link Connection} (log in again first if the token was refused),
 * after a back-off chosen by the kind of failure, and every channel is resubscribed from its watermark.
 */
public final class RecoveryMachine implements Connection.Events {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryMachine.class);
    private static final Duration POLL_CHECK_PERIOD = Duration.ofMillis(500);

    private final SessionSource sessions;
    private final StreamingSettings settings;
    private final DeliveryPipeline pipeline;
    private final Watermarks watermarks;
    private final WatermarkCommitter committer;
    private final SessionMetrics metrics;
    private final JitteredBackOff backOff;
    private final BiFunction<RecoveryMachine, String, Connection> connections;
    private final ScheduledExecutorService loop;
    private final Map<String, ChannelSubscription> subscriptions = new ConcurrentHashMap<>();
    private final List<SubscriptionFailure> refused = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();
    private final StartPositions positions;
    private final StateBroadcaster states = new StateBroadcaster(() -> this.stopping);
    private final SubscriptionProgress progress = new SubscriptionProgress(this::state, subscriptions::values);
    private volatile String failure;
    private volatile boolean stopping;
    private volatile Session lastUsedSession;
    private volatile Connection current;
    /** Consecutive failures without a healthy poll in between; confined to the loop thread. */
    private int failures;
    private ScheduledFuture<?> pendingAttempt;

    /**
     * @param connections opens a connection to a CometD URL, reporting to the given machine
     */
    RecoveryMachine(SessionSource sessions, StreamingSettings settings, DeliveryPipeline pipeline, Watermarks watermarks,
            WatermarkCommitter committer, SessionMetrics metrics, BiFunction<RecoveryMachine, String, Connection> connections,
            String threadPrefix) {
        this.sessions = sessions;
        this.settings = settings;
        this.pipeline = pipeline;
        this.watermarks = watermarks;
        this.positions = new StartPositions(watermarks, settings.replayDefault(), clock);
        this.committer = committer;
        this.metrics = metrics;
        this.backOff = new JitteredBackOff(settings.reconnectBackOffBase(), settings.reconnectBackOffCap());
        this.connections = connections;
        this.loop = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory(threadPrefix + "-recovery"));
    }

    void subscribe(String channel, EventHandler handler) {
        ChannelSubscription subscription = new ChannelSubscription(channel, handler);
        if (subscriptions.putIfAbsent(channel, subscription) != null) {
            throw new IllegalArgumentException("channel " + channel + " already has a handler; one handler per "
                    + "channel per session (combine handlers of the same channel into one)");
        }
        post(() -> {
            Connection connection = current;
            if (connection == null || states.state() != StreamingState.CONNECTED) {
                return;
            }
            try {
                committer.load(channel);
            } catch (RuntimeException storeDown) {
                // Subscribing without the stored position could skip events: start over once the store answers.
                dropConnection();
                retryAfter(backOff.delay(++failures), "cannot read the replay store: " + storeDown);
                return;
            }
            subscription.subscribed(false);
            connection.subscribe(subscription);
        });
    }

    void start() {
        post(this::attempt);
        try {
            loop.scheduleWithFixedDelay(() -> guarded(this::checkPoll), POLL_CHECK_PERIOD.toMillis(),
                    POLL_CHECK_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Stopped before it started: nothing to watch.
        }
    }

    /** The replay id to send when subscribing a channel (as subscribed, filter included). */
    long startPosition(String channel) {
        ChannelSubscription subscription = subscriptions.get(channel);
        return subscription == null ? settings.replayDefault().replayId() : positions.startOf(subscription);
    }

    @Override
    public void sessionUsed(Session session) {
        lastUsedSession = session;
    }

    private void attempt() {
        pendingAttempt = null;
        if (stopping || states.state() == StreamingState.FAILED) {
            return;
        }
        Session session;
        try {
            session = sessions.current();
        } catch (LoginException refused) {
            loginFailed(refused);
            return;
        } catch (RuntimeException unreachable) {
            retryAfter(backOff.delay(++failures), "login failed: " + unreachable);
            return;
        }
        try {
            for (ChannelSubscription subscription : subscriptions.values()) {
                if (subscription.isActive() && subscription.fallbackStart() == null) {
                    committer.load(subscription.channel());
                }
            }
        } catch (RuntimeException storeDown) {
            retryAfter(backOff.delay(++failures), "cannot read the replay store: " + storeDown);
            return;
        }
        String url = session.instanceUrl().toString().replaceAll("/+$", "") + "/cometd/" + settings.apiVersion();
        Connection connection = connections.apply(this, url);
        current = connection;
        connection.open();
    }

    @Override
    public void handshook(Connection connection) {
        post(() -> {
            if (connection != current || stopping) {
                return;
            }
            metrics.handshakes.increment();
            subscriptions.values().stream().filter(ChannelSubscription::isActive).forEach(subscription -> {
                subscription.subscribed(false);
                connection.subscribe(subscription);
            });
        });
    }

    @Override
    public void connected(Connection connection, boolean healthy) {
        if (states.state() == StreamingState.CONNECTED && !(healthy && failures > 0)) {
            return;
        }
        post(() -> {
            if (connection != current || stopping) {
                return;
            }
            if (healthy) {
                failures = 0;
            }
            transition(StreamingState.CONNECTED, "polling as client " + connection.clientId());
        });
    }

    @Override
    public void failed(Connection connection, BayeuxFailure reported) {
        post(() -> {
            if (connection != current || stopping) {
                return;
            }
            sessionLost(reported);
        });
    }

    /** The poll watchdog: a poll left unanswered past its deadline means the session is lost. */
    private void checkPoll() {
        Connection connection = current;
        if (connection == null || stopping) {
            return;
        }
        connection.overduePoll().ifPresent(reason ->
                sessionLost(new BayeuxFailure(FailureKind.TRANSPORT, "/meta/connect", reason, null)));
    }

    @Override
    public void serverDisconnected(Connection connection) {
        failed(connection, new BayeuxFailure(FailureKind.SERVER_DISCONNECT, "/meta/disconnect",
                "server-initiated disconnect", null));
    }

    @Override
    public void subscribeReplied(Connection connection, ChannelSubscription subscription, Message reply) {
        post(() -> {
            if (connection != current || stopping) {
                return;
            }
            if (reply.isSuccessful()) {
                LOG.info("Subscribed to {} with replay id {}", subscription.channel(), subscription.requestedStart());
                subscription.subscribed(true);
                progress.changed();
                return;
            }
            BayeuxFailure refusal = FailureClassifier.classify(reply);
            switch (refusal.kind()) {
                case INVALID_REPLAY_ID -> fallBack(subscription, refusal);
                case SUBSCRIPTION_REJECTED, CONFIGURATION -> refuse(subscription, refusal);
                case WITHDRAWN -> { }
                default -> sessionLost(refusal);
            }
        });
    }

    @Override
    public void eventReceived(ChannelSubscription subscription, Message message) {
        Map<String, Object> data = message.getDataAsMap();
        long replayId = StreamEvent.NO_REPLAY_ID;
        if (data != null && data.get("event") instanceof Map<?, ?> event && event.get("replayId") instanceof Number id) {
            replayId = id.longValue();
        }
        subscription.eventReceived(clock.millis());
        if (replayId != StreamEvent.NO_REPLAY_ID && positions.predatesStart(subscription, data)) {
            positions.passOver(subscription.channel(), replayId);
            return;
        }
        pipeline.accept(new StreamEvent(subscription.channel(), replayId, data), subscription.handler());
    }

    private void sessionLost(BayeuxFailure cause) {
        dropConnection();
        metrics.sessionRestarts.increment();
        failures++;
        switch (cause.kind()) {
            case CONFIGURATION -> fail("Salesforce refused the streaming session: " + cause.describe()
                    + " (check API_VERSION " + settings.apiVersion() + " and the instance URL)");
            case AUTHENTICATION -> logInAgain(cause);
            case OVERLOAD -> retryAfter(JitteredBackOff.jittered(settings.longBackOff()), cause.describe());
            case SESSION_LOST, SERVER_DISCONNECT -> retryAfter(backOff.delay(failures - 1), cause.describe());
            default -> { // the lost response may have carried events: only a new session replays them
                LOG.warn("Streaming session lost: {}; starting a new session, every channel resumes from its "
                        + "committed replay id", cause.describe());
                retryAfter(backOff.delay(failures), cause.describe());
            }
        }
    }

    private void logInAgain(BayeuxFailure cause) {
        metrics.relogins.increment();
        transition(StreamingState.RECONNECTING, cause.describe() + "; logging in again");
        try {
            Session rejected = lastUsedSession;
            sessions.renew(rejected != null ? rejected : sessions.current());
        } catch (LoginException refused) {
            loginFailed(refused);
            return;
        } catch (RuntimeException unreachable) {
            retryAfter(backOff.delay(failures), "login failed: " + unreachable);
            return;
        }
        retryAfter(backOff.delay(failures - 1), "logged in again after " + cause.error());
    }

    private void loginFailed(LoginException refused) {
        if (refused.errorCode() == null) {
            retryAfter(backOff.delay(++failures), "login failed: " + refused.getMessage());
        } else {
            fail("Salesforce refused the login (" + refused.flow() + ", " + refused.errorCode() + "): "
                    + refused.getMessage());
        }
    }

    private void fallBack(ChannelSubscription subscription, BayeuxFailure refusal) {
        String channel = subscription.channel();
        Long rejected = refusal.rejectedReplayId() != null ? refusal.rejectedReplayId() : subscription.requestedStart();
        if (settings.replayFallback() == ReplayFallback.FAIL) {
            subscription.deactivate();
            refused.add(new SubscriptionFailure(channel, refusal.error(),
                    "the stored replay id is no longer retained and REPLAY_FALLBACK is 'fail'"));
            fail("Salesforce no longer retains replay id " + rejected + " of channel " + channel
                    + " and REPLAY_FALLBACK is 'fail'; set REPLAY_FALLBACK to 'all' or 'new' to resume with a gap");
            return;
        }
        long start = settings.replayFallback() == ReplayFallback.ALL ? ReplayDefault.ALL.replayId()
                : ReplayDefault.NEW.replayId();
        LOG.warn("Salesforce rejected replay id {} of channel {} ({}): events after it that Salesforce no longer "
                + "retains are lost. REPLAY_FALLBACK is '{}': resubscribing with replay id {}", rejected, channel,
                refusal.error(), settings.replayFallback().name().toLowerCase(), start);
        metrics.fallbacks.increment();
        watermarks.restart(channel);
        subscription.fallBackTo(start);
        // Salesforce refused only this subscribe: the session and the other channels are fine, so only this
        // channel is subscribed again, from the fallback position.
        Connection connection = current;
        if (connection != null) {
            subscription.subscribed(false);
            connection.subscribe(subscription);
        }
    }

    private void refuse(ChannelSubscription subscription, BayeuxFailure refusal) {
        subscription.deactivate();
        String explanation = SubscriptionProgress.explainRefusal(refusal.error());
        refused.add(new SubscriptionFailure(subscription.channel(), refusal.error(), explanation));
        LOG.error("Stopped the subscription to {}: Salesforce answered '{}'; {}", subscription.channel(),
                refusal.error(), explanation);
        progress.changed();
        if (subscriptions.values().stream().noneMatch(ChannelSubscription::isActive)) {
            fail("Salesforce refused every subscription; last: " + subscription.channel() + ": " + refusal.error());
        }
    }

    private void fail(String reason) {
        failure = reason;
        LOG.error("Streaming session failed: {}", reason);
        dropConnection();
        transition(StreamingState.FAILED, reason);
    }

    private void dropConnection() {
        Connection lost = current;
        current = null;
        subscriptions.values().forEach(subscription -> subscription.subscribed(false));
        if (lost != null) {
            lost.abort();
        }
    }

    private void retryAfter(Duration delay, String reason) {
        if (delay.isZero()) {
            transition(StreamingState.RECONNECTING, reason);
            post(this::attempt);
            return;
        }
        transition(StreamingState.BACKING_OFF, reason + "; next attempt in " + delay.toMillis() + " ms");
        try {
            pendingAttempt = loop.schedule(() -> guarded(() -> {
                transition(StreamingState.RECONNECTING, "back-off over");
                attempt();
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Stopping: no further attempt.
        }
    }

    private void transition(StreamingState to, String reason) {
        states.moveTo(to, reason);
        progress.changed();
    }

    private void post(Runnable step) {
        try {
            loop.execute(() -> guarded(step));
        } catch (RejectedExecutionException stopped) {
            // The session is stopping; late reports from CometD are dropped.
        }
    }

    /** Runs a step; a bug in it must not silently kill recovery, so it fails the session loudly instead. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError bug) {
            LOG.error("Unexpected failure in the streaming recovery machine", bug);
            fail("unexpected failure in the recovery machine: " + bug);
        }
    }

    boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return progress.await(timeout);
    }

    Optional<String> clientId() {
        Connection connection = current;
        return connection == null ? Optional.empty() : Optional.ofNullable(connection.clientId());
    }

    void addListener(StateListener listener) {
        states.addListener(listener);
    }

    StreamingState state() {
        return states.state();
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    List<SubscriptionFailure> refusedSubscriptions() {
        return List.copyOf(refused);
    }

    Optional<ChannelSubscription> subscription(String channel) {
        return Optional.ofNullable(subscriptions.get(channel));
    }

    /** Stops every recovery step and hands back the live connection, if any, for the caller to close. */
    Connection beginStop() {
        stopping = true;
        post(() -> {
            if (pendingAttempt != null) {
                pendingAttempt.cancel(false);
            }
        });
        Connection live = current;
        current = null;
        return live;
    }

    /** Ends the recovery thread and reports the final state. */
    void finish(String reason) throws InterruptedException {
        loop.shutdownNow();
        loop.awaitTermination(5, TimeUnit.SECONDS);
        transition(StreamingState.STOPPED, reason);
    }
}
