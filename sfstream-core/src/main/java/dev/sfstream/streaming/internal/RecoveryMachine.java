package dev.sfstream.streaming.internal;

import dev.sfstream.failure.BackOff;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.spi.StateBroadcaster;
import dev.sfstream.streaming.spi.TransportLoop;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
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
    private final StreamContext committer;
    private final SessionMetrics metrics;
    private final BackOff backOff;
    private final BiFunction<RecoveryMachine, String, Connection> connections;
    private final TransportLoop loop;
    private final Subscriptions subscriptions;
    private final StateBroadcaster states = new StateBroadcaster(() -> this.stopping);
    private final SubscriptionProgress progress;
    private volatile Failure failure;
    private volatile boolean stopping;
    private volatile Session lastUsedSession;
    private volatile Connection current;
    /** The connection whose handshake succeeded last (it has subscribed every active channel); loop thread only. */
    private Connection handshaken;
    /** Consecutive failures without a healthy poll in between; confined to the loop thread. */
    private int failures;
    /** Whether the current attempt follows a login made because the token was rejected; loop thread only. */
    private boolean freshLogin;
    private ScheduledFuture<?> pendingAttempt;

    /**
     * @param connections opens a connection to a CometD URL, reporting to the given machine
     */
    RecoveryMachine(StreamContext context, SessionMetrics metrics,
            BiFunction<RecoveryMachine, String, Connection> connections) {
        this.sessions = context.sessions();
        this.settings = context.settings();
        this.subscriptions = new Subscriptions(context, metrics, Clock.systemUTC());
        this.progress = new SubscriptionProgress(this::state, subscriptions::all);
        this.committer = context;
        this.metrics = metrics;
        this.backOff = new BackOff(settings.recovery().backOffBase(), settings.recovery().backOffCap(), 0.5);
        this.connections = connections;
        this.loop = new TransportLoop(context.name() + "-recovery", bug -> {
            LOG.error("Unexpected failure in the streaming recovery machine", bug);
            fail(new Failure(Failure.Kind.INTERNAL, null, true, "unexpected failure in the recovery machine: " + bug,
                    bug));
        });
    }

    void subscribe(String channel) {
        ChannelSubscription subscription = subscriptions.add(channel);
        post(() -> {
            Connection connection = current;
            // Between a handshake and the first connect reply the connection is not CONNECTED yet, but the
            // handshake has already subscribed every channel it knew: a channel added then is subscribed now.
            if (connection == null || (connection != handshaken && states.state() != StreamingState.CONNECTED)
                    || connection.carries(channel)) {
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
        loop.every(POLL_CHECK_PERIOD, this::checkPoll);
    }

    /** The replay id to send when subscribing a channel (as subscribed, filter included). */
    long startPosition(String channel) {
        return subscriptions.startPosition(channel);
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
            subscriptions.active().forEach(subscription -> committer.load(subscription.channel()));
        } catch (RuntimeException storeDown) {
            retryAfter(backOff.delay(++failures), "cannot read the replay store: " + storeDown);
            return;
        }
        String url = session.instanceUrl().toString().replaceAll("/+$", "") + "/cometd/" + settings.connection().apiVersion();
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
            handshaken = connection;
            try {
                // A channel subscribed after this attempt began has no stored position loaded yet.
                subscriptions.active().forEach(subscription -> committer.load(subscription.channel()));
            } catch (RuntimeException storeDown) {
                dropConnection();
                retryAfter(backOff.delay(++failures), "cannot read the replay store: " + storeDown);
                return;
            }
            subscriptions.active().forEach(subscription -> {
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
                freshLogin = false;
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
                case INVALID_REPLAY_ID -> subscriptions.fallBack(subscription, refusal, current).ifPresent(this::fail);
                case SUBSCRIPTION_REJECTED, CONFIGURATION -> {
                    Optional<Failure> noneLeft = subscriptions.refuse(subscription, refusal);
                    progress.changed();
                    noneLeft.ifPresent(this::fail);
                }
                case WITHDRAWN -> { }
                default -> sessionLost(refusal);
            }
        });
    }

    @Override
    public void eventReceived(ChannelSubscription subscription, Message message) {
        subscriptions.eventReceived(subscription, message);
    }

    private void sessionLost(BayeuxFailure cause) {
        dropConnection();
        metrics.sessionRestarts.increment();
        failures++;
        switch (cause.kind()) {
            case CONFIGURATION -> fail(new Failure(Failure.Kind.CONFIGURATION, cause.error(), false,
                    "Salesforce refused the streaming session: " + cause.describe()
                    + " (check API_VERSION " + settings.connection().apiVersion() + " and the instance URL)", null));
            case AUTHENTICATION -> logInAgain(cause);
            case OVERLOAD -> retryAfter(BackOff.around(settings.recovery().longBackOff()), cause.describe());
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
        // A fresh token is tried at once, however long the outage before it lasted; only a token rejected again
        // right after a login waits, so a server that keeps refusing is not hammered.
        Duration wait = freshLogin ? backOff.delay(failures) : Duration.ZERO;
        freshLogin = true;
        retryAfter(wait, "logged in again after " + cause.error());
    }

    private void loginFailed(LoginException refused) {
        if (refused.errorCode() == null) {
            retryAfter(backOff.delay(++failures), "login failed: " + refused.getMessage());
        } else {
            fail(new Failure(Failure.Kind.LOGIN_REFUSED, refused.errorCode(), false, "Salesforce refused the login ("
                    + refused.flow() + ", " + refused.errorCode() + "): " + refused.getMessage(), refused));
        }
    }

    /** Fails the session for good from outside the machine, e.g. when the handlers' dependencies stay down. */
    public void giveUp(Failure reason) {
        post(() -> {
            if (!stopping && states.state() != StreamingState.FAILED) {
                fail(reason);
            }
        });
    }

    private void fail(Failure reason) {
        failure = reason;
        LOG.error("Streaming session failed: {}", reason);
        dropConnection();
        transition(StreamingState.FAILED, reason.message());
    }

    private void dropConnection() {
        Connection lost = current;
        current = null;
        subscriptions.connectionLost();
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
        pendingAttempt = loop.schedule(() -> {
            transition(StreamingState.RECONNECTING, "back-off over");
            attempt();
        }, delay);
    }

    private void transition(StreamingState to, String reason) {
        states.moveTo(to, reason);
        progress.changed();
    }

    /** Runs a step on the loop; late reports from CometD after stopping are dropped. */
    private void post(Runnable step) {
        loop.post(step);
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

    Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    List<SubscriptionFailure> refusedSubscriptions() {
        return subscriptions.refused();
    }

    Optional<ChannelSubscription> subscription(String channel) {
        return subscriptions.get(channel);
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
        loop.shutdown(Duration.ofSeconds(5));
        transition(StreamingState.STOPPED, reason);
    }
}
