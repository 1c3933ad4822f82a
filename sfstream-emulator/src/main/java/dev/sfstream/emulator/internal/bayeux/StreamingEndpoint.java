package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.internal.faults.FaultFilter;
import dev.sfstream.emulator.internal.faults.FaultRegistry;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EmulatorTimers;
import dev.sfstream.emulator.spi.EventLog;
import dev.sfstream.emulator.spi.EventSchemaIds;
import dev.sfstream.emulator.spi.StreamingBus;
import dev.sfstream.emulator.spi.UserPush;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cometd.bayeux.server.BayeuxServer;
import org.cometd.bayeux.server.ServerChannel;
import org.cometd.bayeux.server.ServerMessage;
import org.cometd.bayeux.server.ServerSession;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ServerSessionImpl;
import org.cometd.server.JacksonJSONContextServer;
import org.cometd.server.http.JSONHttpTransport;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/** The emulator's Bayeux side: CometD long polling with Salesforce semantics, replay and fault injection. */
public final class StreamingEndpoint implements StreamingBus, EventLog, AutoCloseable {
    private static final long MULTIPLE_CLIENTS_INTERVAL_MILLIS = 2000;

    private final EmulatorClock clock;
    private final EmulatorTimers timers;
    private final AccessTokens tokens;
    private final StreamingOptions options;
    private final FaultRegistry faults = new FaultRegistry();
    private final SalesforceBayeuxServer bayeux;
    private final SessionControl sessions;
    private final ChannelHub hub;
    private final List<Runnable> sessionLossListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService revalidation = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sfstream-emulator-auth-revalidation");
        thread.setDaemon(true);
        return thread;
    });

    public StreamingEndpoint(EmulatorClock clock, EmulatorTimers timers, AccessTokens tokens,
                             ChannelDirectory channels, StreamingOptions options) {
        this(clock, timers, tokens, channels, options, null);
    }

    /** With {@code schemaIds} naming the schemas of /event and /data payloads that carry none. */
    public StreamingEndpoint(EmulatorClock clock, EmulatorTimers timers, AccessTokens tokens,
                             ChannelDirectory channels, StreamingOptions options, EventSchemaIds schemaIds) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.options = Objects.requireNonNull(options, "options");
        this.bayeux = new SalesforceBayeuxServer(options.maxEventsPerReply(), options.maxBytesPerReply());
        this.sessions = new SessionControl(bayeux);
        this.hub = new ChannelHub(clock, new EventDelivery(options.clientIdOnDeliveries()),
                options.maxRetainedPerChannel(), schemaIds);
        DeliveryAllowance allowance = new DeliveryAllowance(clock, options.dailyDeliveryLimit());
        SubscriptionRules rules = new SubscriptionRules(Objects.requireNonNull(channels, "channels"), hub, allowance);
        configure();
        bayeux.setSecurityPolicy(new HandshakePolicy(tokens, options, sessions));
        bayeux.addExtension(new SalesforceMetaExtension(tokens, rules, faults, allowance, options, sessions,
                timers.holdTimeout().toMillis()));
        bayeux.addListener(new SubscriptionTracker());
    }

    private void configure() {
        bayeux.setOption(BayeuxServerImpl.TRANSPORTS_OPTION, JSONHttpTransport.class.getName());
        bayeux.setOption(BayeuxServerImpl.ALLOWED_TRANSPORTS_OPTION, "long-polling");
        bayeux.setOption("jsonContext", new JacksonJSONContextServer());
        bayeux.setOption("timeout", timers.holdTimeout().toMillis());
        bayeux.setOption("interval", 0L);
        bayeux.setOption("maxInterval", timers.reconnectWindow().toMillis());
        bayeux.setOption("metaConnectDeliverOnly", !options.eventsOnAnyReply());
        bayeux.setOption("trustClientSession", !options.strictCookies());
        bayeux.setOption("maxSessionsPerBrowser", 1);
        bayeux.setOption("multiSessionInterval", MULTIPLE_CLIENTS_INTERVAL_MILLIS);
        bayeux.setOption("sweepPeriod", Math.max(50L, Math.min(997L, timers.reconnectWindow().toMillis() / 4)));
    }

    /**
     * Installs /cometd/* (every POST under /cometd/{v} and /cometd/{v}/**), the fault filter on /*, and the
     * control endpoints /__emulator__/sessions/drop, /__emulator__/faults, /__emulator__/publish.
     */
    public void install(ServletContextHandler context) {
        Objects.requireNonNull(context, "context");
        context.setAttribute(BayeuxServer.ATTRIBUTE, bayeux);
        context.addFilter(new FilterHolder(new FaultFilter(faults)), "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder gate = new ServletHolder("cometd", new BayeuxGateServlet(options, faults, sessions));
        gate.setAsyncSupported(true);
        gate.setInitOrder(1);
        context.addServlet(gate, "/cometd/*");
        ServletHolder control = new ServletHolder("emulator-bayeux-control", new ControlServlet(this));
        for (String path : new String[] {"/__emulator__/sessions", "/__emulator__/sessions/*",
                "/__emulator__/faults", "/__emulator__/faults/*", "/__emulator__/publish"}) {
            context.getServletHandler().addServletWithMapping(control, path);
        }
        long period = timers.authRevalidation().toMillis();
        revalidation.scheduleAtFixedRate(this::revalidateTokens, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public long publish(String channel, Map<String, Object> data) {
        Objects.requireNonNull(channel, "channel");
        return hub.publish(channel, data == null ? Map.of() : data);
    }

    @Override
    public UserPush publish(String channel, Map<String, Object> data, Set<String> userIds) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userIds, "userIds");
        return hub.publish(channel, data == null ? Map.of() : data, userIds);
    }

    @Override
    public Set<String> subscribedUsers(String channel) {
        return hub.subscribedUsers(Objects.requireNonNull(channel, "channel"));
    }

    /** Publishes {@code count} synthetic events shaped like the channel's real ones, as fast as possible. */
    public PublishedRange publishSynthetic(String channel, int count) {
        ChannelFamily.of(channel);
        long first = -1;
        long last = -1;
        for (int i = 0; i < count; i++) {
            Instant now = clock.now();
            last = hub.publish(channel, SyntheticEvents.data(channel, i + 1L, now, hub.createdDate(now)));
            first = first < 0 ? last : first;
        }
        return new PublishedRange(channel, count, first, last);
    }

    /** Publishes {@code count} events with the given {@code data} (each gets its own replay id). */
    public PublishedRange publishCopies(String channel, Map<String, Object> data, int count) {
        ChannelFamily.of(channel);
        long first = -1;
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = hub.publish(channel, data);
            first = first < 0 ? last : first;
        }
        return new PublishedRange(channel, count, first, last);
    }

    /** Forgets every session; each client's held or next request gets {@code 403::Unknown client}. */
    public int dropSessions() {
        sessionLossListeners.forEach(Runnable::run);
        return sessions.dropAll();
    }

    /** Sends every client a server-initiated {@code /meta/disconnect}, then forgets its session. */
    public int disconnectAll() {
        sessionLossListeners.forEach(Runnable::run);
        return sessions.disconnectAll();
    }

    /** Runs {@code listener} whenever the control API drops or disconnects every session (other transports follow). */
    public void onSessionLoss(Runnable listener) {
        sessionLossListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public List<LoggedEvent> after(String channel, long replayId, int max) {
        return hub.after(channel, replayId, max);
    }

    @Override
    public long latestReplayId(String channel) {
        return hub.latestReplayId(channel);
    }

    @Override
    public boolean retains(String channel, long replayId) {
        return hub.retains(channel, replayId);
    }

    @Override
    public Runnable watch(String channel, Runnable onPublish) {
        return hub.watch(channel, onPublish);
    }

    /** The live Bayeux sessions. */
    public int sessionCount() {
        return sessions.liveCount();
    }

    public FaultRegistry faults() {
        return faults;
    }

    /** The live sessions whose {@code /meta/connect} is being held now. */
    public int heldConnectCount() {
        return (int) sessions.live().stream().filter(s -> s.getAttribute(SessionControl.HELD) != null).count();
    }

    /** How many messages wait in the queue of the session {@code clientId} now; 0 for an unknown session. */
    int queuedMessages(String clientId) {
        return bayeux.getSession(clientId) instanceof ServerSessionImpl session ? session.getQueue().size() : 0;
    }

    /** The events a channel retains now. */
    public int retainedCount(String channel) {
        return hub.retainedCount(channel);
    }

    /** The subscriptions to a channel (filtered ones included). */
    public int subscriberCount(String channel) {
        return hub.subscriberCount(channel);
    }

    /** Checks every session's token now; sessions whose token was revoked get {@code 401::Authentication invalid}. */
    public void revalidateTokens() {
        for (ServerSession session : sessions.live()) {
            Object header = session.getAttribute(SalesforceMetaExtension.AUTHORIZATION);
            if (!(header instanceof String value) || tokens.authenticate(value).isEmpty()) {
                sessions.revoke(session);
            }
        }
    }

    @Override
    public void close() {
        revalidation.shutdownNow();
        try {
            bayeux.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the CometD server", e);
        }
    }

    /** Keeps the hub's subscriber lists in step with CometD's subscriptions and sessions. */
    private final class SubscriptionTracker implements BayeuxServer.SubscriptionListener, BayeuxServer.SessionListener {
        @Override
        public void subscribed(ServerSession session, ServerChannel channel, ServerMessage message) {
            if (session.isLocalSession() || !ChannelFamily.isEventChannel(channel.getId())) {
                return;
            }
            String subscription = message != null && message.get(SalesforceMetaExtension.ORIGINAL_SUBSCRIPTION)
                    instanceof String original ? original : channel.getId();
            ReplayPosition position = message == null ? new ReplayPosition.NewOnly()
                    : ReplayPosition.of(message.getExt(), channel.getId());
            hub.subscribe(session, subscription, position);
        }

        @Override
        public void unsubscribed(ServerSession session, ServerChannel channel, ServerMessage message) {
            String subscription = message != null && message.get(SalesforceMetaExtension.ORIGINAL_SUBSCRIPTION)
                    instanceof String original ? original : channel.getId();
            hub.unsubscribe(session, subscription);
        }

        @Override
        public void sessionAdded(ServerSession session, ServerMessage message) {
            session.addListener(new ServerSession.HeartBeatListener() {
                @Override
                public void onSuspended(ServerSession suspended, ServerMessage connect, long timeout) {
                    SessionControl.suspended(suspended);
                }

                @Override
                public void onResumed(ServerSession resumed, ServerMessage connect, boolean timedOut) {
                    SessionControl.resumed(resumed);
                }
            });
        }

        @Override
        public void sessionRemoved(ServerSession session, ServerMessage message, boolean timeout) {
            hub.forget(session);
        }
    }
}
