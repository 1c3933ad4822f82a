package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.auth.IdentityServlet;
import dev.sfstream.emulator.internal.auth.JwtKeys;
import dev.sfstream.emulator.internal.auth.OAuthRevokeServlet;
import dev.sfstream.emulator.internal.auth.OAuthTokenServlet;
import dev.sfstream.emulator.internal.auth.SoapLoginServlet;
import dev.sfstream.emulator.internal.auth.TokenRegistry;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import dev.sfstream.emulator.internal.control.ControlServlet;
import dev.sfstream.emulator.internal.control.RequestLog;
import dev.sfstream.emulator.internal.control.RequestLogFilter;
import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.internal.events.EventFieldTypes;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.notify.ChangeDataCapture;
import dev.sfstream.emulator.internal.notify.GenericStreamingPublisher;
import dev.sfstream.emulator.internal.notify.OrgChannelDirectory;
import dev.sfstream.emulator.internal.notify.PlatformEventPublisher;
import dev.sfstream.emulator.internal.notify.PushTopicNotifier;
import dev.sfstream.emulator.internal.notify.PushTopicRules;
import dev.sfstream.emulator.internal.notify.StreamingChannelRules;
import dev.sfstream.emulator.internal.pubsub.PubSubControlServlet;
import dev.sfstream.emulator.internal.pubsub.PubSubServer;
import dev.sfstream.emulator.internal.rest.ApiUsage;
import dev.sfstream.emulator.internal.rest.NotFoundServlet;
import dev.sfstream.emulator.internal.rest.RestRouter;
import dev.sfstream.emulator.internal.rest.RestServlet;
import dev.sfstream.emulator.internal.records.ChangeContext;
import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.spi.Principal;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.security.PrivateKey;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Builds the emulator's parts from its settings and connects them; one instance per {@link Emulator}. */
final class EmulatorWiring {
    private static final int REQUEST_LOG_CAPACITY = 20_000;
    private static final long DAILY_API_REQUESTS = 15_000;

    private final EmulatorSettings settings;
    private final JsonCodec json = new JsonCodec();
    private final OrgStore store;
    private final TokenRegistry tokens;
    private final RequestLog requestLog = new RequestLog(REQUEST_LOG_CAPACITY);
    private final StreamingEndpoint streaming;
    private final EventDefinitions definitions;
    private final PubSubServer pubSub;
    private final JwtKeys jwtKeys;
    private final Principal admin;
    private final PlatformEventPublisher platformEvents;
    private final GenericStreamingPublisher genericStreaming;
    private final ApiUsage apiUsage = new ApiUsage(DAILY_API_REQUESTS);

    EmulatorWiring(EmulatorSettings settings) {
        this.settings = settings;
        OrgFixture fixture = settings.fixture();
        this.store = new OrgStore(new SObjectCatalog(), new SalesforceIds(), settings.clock());
        this.tokens = new TokenRegistry(fixture, settings.clock(), settings.sessionPolicy());
        EmulatorUser first = fixture.users().get(0);
        this.admin = tokens.principal(first);
        this.jwtKeys = new JwtKeys(fixture.connectedApp().jwtPublicKey());
        store.addRules("PushTopic", new PushTopicRules());
        store.addRules("StreamingChannel", new StreamingChannelRules());
        seed(fixture);
        this.definitions = new EventDefinitions(store.catalog());
        settings.platformEvents().forEach(this::declarePlatformEvent);
        OrgChannelDirectory channels = new OrgChannelDirectory(store);
        this.streaming = new StreamingEndpoint(settings.clock(), settings.timers(), tokens,
                channels, settings.streamingOptions(), definitions);
        this.pubSub = new PubSubServer(fixture.orgId(), tokens, channels, streaming, streaming, definitions,
                settings.pubSubTimers(), settings.clock(), settings.timers().authRevalidation());
        settings.managedSubscriptions().forEach(pubSub.managedSubscriptions()::declare);
        tokens.onRevocation(streaming::revalidateTokens);
        tokens.onRevocation(pubSub::revalidateTokens);
        streaming.onSessionLoss(pubSub::resetStreams);
        store.addListener(new PushTopicNotifier(store, streaming));
        store.addListener(new ChangeDataCapture(streaming));
        this.platformEvents = new PlatformEventPublisher(streaming, store.ids(), settings.clock());
        this.genericStreaming = new GenericStreamingPublisher(streaming, settings.clock());
    }

    OrgStore store() {
        return store;
    }

    TokenRegistry tokens() {
        return tokens;
    }

    RequestLog requestLog() {
        return requestLog;
    }

    StreamingEndpoint streaming() {
        return streaming;
    }

    PubSubServer pubSub() {
        return pubSub;
    }

    /** Declares a platform event's typed fields; returns the schema id of its definition. */
    String declarePlatformEvent(String name, Map<String, EventFieldType> fields) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        fields.forEach((field, type) -> types.put(field, EventFieldTypes.parse(type.name())));
        return definitions.declare(name, types).id();
    }

    Optional<PrivateKey> generatedJwtKey() {
        return jwtKeys.generatedPrivateKey();
    }

    QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(200, 4);
        pool.setName("sf-emulator");
        return pool;
    }

    ServletContextHandler context() {
        OrgFixture fixture = settings.fixture();
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new RequestLogFilter(requestLog, settings.clock())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        add(context, new OAuthTokenServlet(fixture, tokens, json, settings.clock(), jwtKeys),
                "/services/oauth2/token");
        add(context, new OAuthRevokeServlet(tokens, json), "/services/oauth2/revoke");
        add(context, new IdentityServlet(fixture, tokens, json, true), "/services/oauth2/userinfo");
        add(context, new IdentityServlet(fixture, tokens, json, false), "/id/*");
        add(context, new SoapLoginServlet(fixture, tokens), "/services/Soap/*");
        RestRouter router = new RestRouter(store, settings.queryBatchSize(), apiUsage, platformEvents,
                genericStreaming, pubSub.managedSubscriptions());
        ServletHolder rest = new ServletHolder(new RestServlet(router, tokens, apiUsage, json));
        context.addServlet(rest, "/services/data");
        context.addServlet(rest, "/services/data/*");
        add(context, new NotFoundServlet(json), "/");
        ControlServlet control = new ControlServlet(tokens, settings.clock(), settings.timers(), requestLog, store,
                admin, json);
        ServletHolder controlHolder = new ServletHolder(control);
        for (String path : ControlServlet.PATHS) {
            context.addServlet(controlHolder, path);
        }
        ServletHolder pubSubControl = new ServletHolder(new PubSubControlServlet(pubSub, definitions, json));
        for (String path : PubSubControlServlet.PATHS) {
            context.addServlet(pubSubControl, path);
        }
        streaming.install(context);
        return context;
    }

    private static void add(ServletContextHandler context, HttpServlet servlet, String path) {
        context.addServlet(new ServletHolder(servlet), path);
    }

    private void seed(OrgFixture fixture) {
        ChangeContext seeding = new ChangeContext(admin, "rest", settings.streamingOptions().currentApiVersion(), null);
        store.create("Organization", Map.of("Name", fixture.orgName()), seeding, fixture.orgId());
        for (EmulatorUser user : fixture.users()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("Username", user.username());
            fields.put("FirstName", user.firstName());
            fields.put("LastName", user.lastName());
            fields.put("Email", user.email());
            fields.put("IsActive", true);
            store.create("User", fields, seeding, user.userId());
        }
        for (RecordTypeFixture type : fixture.recordTypes()) {
            store.create("RecordType", Map.of("Name", type.name(), "DeveloperName", type.developerName(),
                    "SobjectType", type.sobjectType(), "IsActive", true), seeding, null);
        }
    }
}
