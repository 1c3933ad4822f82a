package dev.sfstream.pubsub.internal;

import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.failure.BackOff;
import dev.sfstream.failure.Failure;
import dev.sfstream.pubsub.PubSubSettings;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.pubsub.api.TopicInfo;
import dev.sfstream.pubsub.api.TopicRequest;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import dev.sfstream.streaming.spi.StateBroadcaster;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.streaming.spi.SubscribeWaiter;
import dev.sfstream.streaming.spi.TransportLoop;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides how the Pub/Sub streams of one session open and recover. Every decision runs on one loop thread, in
 * order: a topic is checked with {@code GetTopic} and subscribed from its position, and counts as subscribed once
 * the server answered or did not refuse the call ({@link SubscribeConfirmation}); a failed or closed stream is
 * reopened from the watermark after a back-off chosen by its {@link Verdict}; a refused token is renewed once for
 * all topics; a rejected replay id applies {@code REPLAY_FALLBACK} once; a stream owed events that stays silent
 * past the watchdog's limit is reopened.
 */
final class StreamSupervisor implements SubscribeCall.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(StreamSupervisor.class);
    static final Duration CALL_DEADLINE = Duration.ofSeconds(10);

    private final StreamContext context;
    private final StreamingSettings settings;
    private final PubSubSettings pubSub;
    private final SessionSource sessions;
    private final PubSubStubs stubs;
    private final EventReader reader;
    private final TransportLoop loop;
    private final BackOff backOff;
    private final Map<String, TopicStream> topics = new ConcurrentHashMap<>();
    private final List<SubscriptionFailure> refused = new CopyOnWriteArrayList<>();
    private final StateBroadcaster states;
    private final SubscribeWaiter progress;
    private final Counter reconnects;
    private final Counter relogins;
    private final Counter fallbacks;
    private volatile boolean started;
    private volatile boolean stopping;
    private volatile Failure failure;
    /** Whether a call has got through to the endpoint; confined to the loop thread. */
    private boolean reached;
    /** The last session renewed because Pub/Sub refused it; confined to the loop thread. */
    private Session renewedFrom;

    StreamSupervisor(StreamContext context, PubSubSettings pubSub, PubSubStubs stubs) {
        this.context = context;
        this.settings = context.settings();
        this.pubSub = pubSub;
        this.sessions = context.sessions();
        this.stubs = stubs;
        this.reader = new EventReader(new SchemaCache(request ->
                stubs.blocking(sessions.current()).getSchema(request).getSchemaJson()));
        this.loop = new TransportLoop(context.name() + "-pubsub", bug -> {
            LOG.error("Unexpected failure in the Pub/Sub transport", bug);
            fail(new Failure(Failure.Kind.INTERNAL, null, true, "unexpected failure in the Pub/Sub transport: " + bug,
                    bug));
        });
        this.backOff = new BackOff(settings.recovery().backOffBase(), settings.recovery().backOffCap(), 0.5);
        this.states = new StateBroadcaster(() -> stopping);
        this.progress = new SubscribeWaiter(states::state, this::allOpen);
        this.states.addListener(change -> changed());
        var registry = context.meterRegistry();
        this.reconnects = registry.counter("sfstream.pubsub.reconnects", "service", context.name());
        this.relogins = registry.counter("sfstream.pubsub.relogins", "service", context.name());
        this.fallbacks = registry.counter("sfstream.pubsub.fallbacks", "service", context.name());
    }

    StateBroadcaster states() {
        return states;
    }

    void subscribe(String channel) {
        if (pubSub.managedSubscriptions().containsKey(channel)) {
            context.commitsOnServer(channel);
        }
        TopicStream topic = topics.computeIfAbsent(channel, TopicStream::new);
        if (started) {
            post(() -> open(topic));
        }
    }

    void start() {
        started = true;
        post(() -> {
            topics.values().forEach(this::open);
            checkConnected();
        });
        loop.every(Duration.ofMillis(Math.max(50, Math.min(1000, pubSub.silenceTimeout().toMillis() / 4))),
                this::watch);
        if (!pubSub.managedSubscriptions().isEmpty()) {
            loop.every(settings.replay().commitInterval(), this::commitManaged);
        }
    }

    private void open(TopicStream topic) {
        topic.pendingAttempt = null;
        if (stopping || failure != null || !topic.active || topic.current != null) {
            return;
        }
        Session session = logIn(topic, sessions::current);
        if (session == null) {
            return;
        }
        String managed = pubSub.managedSubscriptions().get(topic.channel());
        FetchRequest first;
        try {
            first = managed != null ? FetchRequest.newBuilder().setTopicName(topic.channel()).build()
                    : StartRequests.first(topic, context);
        } catch (RuntimeException storeDown) {
            retry(topic, backOff.delay(topic.failures.incrementAndGet()), "cannot read the replay store: " + storeDown);
            return;
        }
        long checkStarted = System.nanoTime();
        try {
            TopicInfo info = stubs.blocking(session).getTopic(TopicRequest.newBuilder()
                    .setTopicName(topic.channel()).build());
            reached = true;
            if (!info.getCanSubscribe()) {
                refuse(topic, RpcFailure.local(io.grpc.Status.Code.PERMISSION_DENIED, "GetTopic says the user may "
                        + "not subscribe to " + topic.channel()));
                return;
            }
        } catch (StatusRuntimeException failed) {
            if (!unreachable(failed)) {
                failed(topic, RpcFailure.of(failed), session, first);
            }
            return;
        }
        SubscribeCall call = new SubscribeCall(topic.channel(), first, context, reader, pubSub.batchSize(), this,
                session, managed == null ? topic.passOverBefore : null, managed);
        topic.current = call;
        call.start(stubs.async(session));
        Duration window = SubscribeConfirmation.window(Duration.ofNanos(System.nanoTime() - checkStarted));
        loop.schedule(() -> confirm(topic, call, "no refusal within " + window.toMillis() + " ms"), window);
    }

    /**
     * Counts the channel subscribed once its call answered or went unrefused (see {@link SubscribeConfirmation});
     * nothing if the call already ended.
     */
    private void confirm(TopicStream topic, SubscribeCall call, String how) {
        if (stopping || failure != null || topic.current != call || topic.open) {
            return;
        }
        topic.open = true;
        String managed = call.managed();
        LOG.info("Subscribed to {} over the Pub/Sub API, {} ({})", topic.channel(), managed == null
                ? StartRequests.describe(call.first()) : "with managed subscription " + managed + " (after the replay"
                + " id Salesforce keeps for it)", how);
        checkConnected();
    }

    /**
     * Until a call has got through, a connection that a setting must fix (TLS trust, a certificate for another host,
     * a refusing or unreachable proxy) fails the transport, and so the start, with one line naming the setting.
     */
    private boolean unreachable(StatusRuntimeException failed) {
        Optional<String> explained = reached ? Optional.empty() : stubs.explain(failed);
        explained.ifPresent(line -> fail(new Failure(Failure.Kind.CONFIGURATION, null, false, line, failed)));
        return explained.isPresent();
    }

    @Override
    public void responded(SubscribeCall call, boolean withEvents) {
        TopicStream topic = topics.get(call.channel());
        if (topic != null && topic.current == call) {
            topic.failures.set(0);
            if (withEvents) {
                topic.lastEventAt = Instant.now();
            }
            if (!topic.open) {
                post(() -> confirm(topic, call, "the server answered"));
            }
        }
    }

    @Override
    public void ended(SubscribeCall call, RpcFailure cause) {
        post(() -> {
            TopicStream topic = topics.get(call.channel());
            if (topic == null || topic.current != call || stopping) {
                return;
            }
            topic.ended(call);
            if (cause == null) {
                LOG.info("Salesforce closed the Pub/Sub stream of {}; resubscribing from its watermark",
                        topic.channel());
                retry(topic, backOff.delay(topic.failures.getAndIncrement()), "the server closed the stream");
                return;
            }
            failed(topic, cause, call.session(), call.first());
        });
    }

    private void failed(TopicStream topic, RpcFailure cause, Session session, FetchRequest first) {
        LOG.warn("Pub/Sub stream of {} failed: {}", topic.channel(), cause.describe());
        switch (Verdict.of(cause)) {
            case LOG_IN_AGAIN -> logInAgain(topic, cause, session);
            case FALL_BACK -> fallBack(topic, cause, first);
            case REFUSE -> refuse(topic, cause);
            case WAIT_LONG -> retry(topic, BackOff.around(settings.recovery().longBackOff()), cause.describe());
            default -> {
                reconnects.increment();
                retry(topic, backOff.delay(topic.failures.incrementAndGet()), cause.describe());
            }
        }
    }

    /** Renews the session; topics that saw the same refused token find it renewed and log in no second time. */
    private void logInAgain(TopicStream topic, RpcFailure cause, Session rejected) {
        if (rejected != renewedFrom) {
            relogins.increment();
            states.moveTo(StreamingState.RECONNECTING, cause.describe() + "; logging in again");
        }
        if (logIn(topic, () -> renew(rejected)) != null) {
            retry(topic, backOff.delay(topic.failures.getAndIncrement()), "logged in again after " + cause.code());
        }
    }

    /** The session that replaced {@code rejected}: renewed once however many streams saw it refused. */
    private Session renew(Session rejected) {
        if (rejected == renewedFrom) {
            return sessions.current();
        }
        Session renewed = sessions.renew(rejected);
        renewedFrom = rejected;
        return renewed;
    }

    /** The session {@code login} gives; null when it failed, after failing the transport or scheduling a retry. */
    private Session logIn(TopicStream topic, Supplier<Session> login) {
        try {
            return login.get();
        } catch (LoginException refusedLogin) {
            if (refusedLogin.errorCode() == null) {
                retry(topic, backOff.delay(topic.failures.incrementAndGet()), "login failed: "
                        + refusedLogin.getMessage());
            } else {
                fail(new Failure(Failure.Kind.LOGIN_REFUSED, refusedLogin.errorCode(), false,
                        "Salesforce refused the login (" + refusedLogin.flow() + ", " + refusedLogin.errorCode()
                        + "): " + refusedLogin.getMessage(), refusedLogin));
            }
        } catch (RuntimeException unreachable) {
            retry(topic, backOff.delay(topic.failures.incrementAndGet()), "login failed: " + unreachable);
        }
        return null;
    }

    private void fallBack(TopicStream topic, RpcFailure cause, FetchRequest first) {
        String channel = topic.channel();
        if (first.getReplayPreset() != ReplayPreset.CUSTOM) { // a fallback rejected again: no loop
            refuse(topic, cause);
            return;
        }
        long rejected = ReplayIds.toPosition(first.getReplayId(), channel);
        Optional<ReplayDefault> preset = context.fallBack(channel);
        if (preset.isEmpty()) {
            topic.active = false;
            refused.add(new SubscriptionFailure(channel, cause.describe(),
                    "the stored replay id is no longer retained and REPLAY_FALLBACK is 'fail'"));
            fail(new Failure(Failure.Kind.REPLAY_POSITION_LOST, cause.errorCode(), false,
                    "Salesforce rejected replay id " + rejected + " of channel " + channel + " (" + cause.errorCode()
                    + ") and REPLAY_FALLBACK is 'fail'; set REPLAY_FALLBACK to 'all' or 'new' to resume with a gap",
                    null));
            return;
        }
        LOG.warn("Salesforce rejected replay id {} of channel {} ({}): events after it that Salesforce no longer "
                + "retains are lost. REPLAY_FALLBACK is '{}': resubscribing with {}", rejected, channel,
                cause.errorCode(), settings.replay().replayFallback().name().toLowerCase(),
                StartRequests.presetOf(preset.get()));
        fallbacks.increment();
        retry(topic, Duration.ZERO, "replay id rejected; falling back");
    }

    private void refuse(TopicStream topic, RpcFailure cause) {
        topic.active = false;
        String managed = pubSub.managedSubscriptions().get(topic.channel());
        String explanation = managed != null && cause.errorCodeContains("managed") ? "check managed subscription "
                + managed + " of this channel: it must exist (ManagedEventSubscription), be of this topic and RUN"
                : switch (cause.code()) {
            case NOT_FOUND -> "check the channel name and that its platform event or CDC entity exists";
            case PERMISSION_DENIED -> "the user lacks a permission this channel needs";
            default -> "a subscription Salesforce refuses is not retried";
        };
        refused.add(new SubscriptionFailure(topic.channel(), cause.describe(), explanation));
        LOG.error("Stopped the Pub/Sub subscription to {}: {}; {}", topic.channel(), cause.describe(), explanation);
        if (topics.values().stream().noneMatch(t -> t.active)) {
            fail(new Failure(Failure.Kind.SUBSCRIPTIONS_REFUSED, cause.errorCode(), false,
                    "Salesforce refused every Pub/Sub subscription; last: " + topic.channel() + ": " + cause.describe(),
                    null));
        } else {
            checkConnected();
        }
        changed();
    }

    /** Each managed stream commits its channel's watermark to the server, when it moved. */
    private void commitManaged() {
        for (TopicStream topic : topics.values()) {
            SubscribeCall call = topic.current;
            if (call != null && call.managed() != null) {
                context.position(topic.channel()).ifPresent(call::commit);
            }
        }
    }

    /** The watchdog: a stream owed events that sent nothing, not even a keepalive, past the limit is reopened. */
    private void watch() {
        long limit = pubSub.silenceTimeout().toNanos();
        for (TopicStream topic : topics.values()) {
            SubscribeCall call = topic.current;
            if (call != null && !stopping && call.silentFor(limit)) {
                LOG.warn("The Pub/Sub stream of {} sent nothing for {} while {} events are owed; reopening it",
                        topic.channel(), pubSub.silenceTimeout(), call.outstanding());
                call.cancel("silent for " + pubSub.silenceTimeout());
            }
        }
    }

    private void retry(TopicStream topic, Duration delay, String reason) {
        if (stopping || failure != null) {
            return;
        }
        if (delay.isZero()) {
            states.moveTo(StreamingState.RECONNECTING, topic.channel() + ": " + reason);
            post(() -> open(topic));
            return;
        }
        states.moveTo(StreamingState.BACKING_OFF, topic.channel() + ": " + reason + "; next attempt in "
                + delay.toMillis() + " ms");
        topic.pendingAttempt = loop.schedule(() -> open(topic), delay);
    }

    private void checkConnected() {
        if (failure == null && !stopping && allOpen()) {
            states.moveTo(StreamingState.CONNECTED, "streaming " + topics.size() + " topic(s) over the Pub/Sub API");
        }
        changed();
    }

    private boolean allOpen() {
        return topics.values().stream().allMatch(t -> !t.active || t.open);
    }

    void giveUp(Failure reason) {
        post(() -> {
            if (!stopping && failure == null) {
                fail(reason);
            }
        });
    }

    private void fail(Failure reason) {
        failure = reason;
        LOG.error("Pub/Sub streaming failed: {}", reason);
        topics.values().forEach(topic -> topic.drop("failed"));
        states.moveTo(StreamingState.FAILED, reason.message());
    }

    private void post(Runnable step) {
        loop.post(step);
    }

    private void changed() {
        progress.changed();
    }

    boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return progress.await(timeout);
    }

    /** Ends the loop thread, then reports {@code STOPPED}. */
    void finish(String reason, Duration grace) throws InterruptedException {
        loop.shutdown(grace);
        states.moveTo(StreamingState.STOPPED, reason);
    }

    Failure failure() {
        return failure;
    }

    List<SubscriptionFailure> refused() {
        return List.copyOf(refused);
    }

    TopicStream topic(String channel) {
        return topics.get(channel);
    }

    /** Stops recovering and receiving; the live calls stay open for {@link #closeCalls}. */
    void beginStop() {
        stopping = true;
        topics.values().forEach(topic -> {
            SubscribeCall call = topic.current;
            if (call != null) {
                call.stopReceiving();
            }
        });
    }

    /**
     * Ends every live call: politely (a managed call commits its channel's final watermark and waits for the server
     * to confirm it within {@code timeout}, then each call half-closes) or at once ({@code timeout} zero).
     */
    void closeCalls(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (TopicStream topic : topics.values()) {
            SubscribeCall call = topic.current;
            if (call != null && !timeout.isZero()) {
                var position = context.position(topic.channel());
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (position.isPresent() && !call.commitAndAwait(position.getAsLong(), left)) {
                    LOG.warn("Salesforce did not confirm the last commit of {} (replay id {}) within {}; the next "
                            + "start replays what came after the last confirmed one", topic.channel(),
                            position.getAsLong(), timeout);
                }
                call.halfClose();
            }
            topic.drop("stopping");
        }
    }
}
