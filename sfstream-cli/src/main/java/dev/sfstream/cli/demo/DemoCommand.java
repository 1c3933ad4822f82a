package dev.sfstream.cli.demo;

import dev.sfstream.amqp.dispatch.EventDispatcherProvider;
import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginSettings;
import dev.sfstream.auth.SalesforceLogin;
import dev.sfstream.cli.run.LogLevel;
import dev.sfstream.cli.run.StopSignal;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.InMemoryEventDispatcher;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorUser;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.events.EventDispatcher;
import dev.sfstream.examples.EventProxyService;
import dev.sfstream.notification.Notification;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.rest.RestSettings;
import dev.sfstream.rest.SalesforceApi;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sfstream demo [--short]}: starts an embedded emulator and the event proxy example, makes a stream
 * of Lead and Opportunity changes through the REST API and shows each notification handled and each
 * event dispatched. Uses Redis and RabbitMQ when they answer on localhost, in-memory stand-ins otherwise.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the Salesforce-to-Nameko event proxy against an embedded emulator, live.")
public final class DemoCommand implements Callable<Integer> {
    private static final Duration HANDLE_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = "--short", description = "Make a dozen changes, wait until all are handled, then stop.")
    boolean shortRun;

    @Option(names = "--changes", paramLabel = "N",
            description = "How many changes to make (default: 12 with --short, endless otherwise).")
    Integer changes;

    @Option(names = "--interval", paramLabel = "MILLIS", defaultValue = "250",
            description = "Pause between two changes in milliseconds (default 250).")
    long intervalMillis;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "warn",
            description = "Log level of the libraries underneath (default warn).")
    String logLevel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LogLevel.apply(logLevel);
        LiveConsole console = new LiveConsole(spec.commandLine().getOut());
        long total = changes != null ? changes : shortRun ? 12 : Long.MAX_VALUE;
        StopSignal stop = shortRun ? null : new StopSignal().install();
        console.say("sfstream demo: the \"Salesforce to Nameko Event Proxy\" example against an embedded emulator");
        try (Emulator emulator = Emulator.builder().start()) {
            console.say("  emulator    Salesforce emulator at " + emulator.baseUrl());
            Map<String, Object> config = config(emulator);
            ReplayStore replayStore = replayStore(console);
            DependencyProvider<EventDispatcher> dispatcher = dispatcher(console, config);
            ServiceContainer proxy = ServiceContainer.builder(EventProxyService.class)
                    .config(SfstreamConfig.of(config))
                    .dependency(new ObservedDispatcher(dispatcher, console))
                    .replayStore(replayStore)
                    .workerListener((entrypoint, worker, arguments, result, failure) -> console.handled(
                            describe(arguments, failure)))
                    .build();
            proxy.start();
            console.say("  service     " + proxy.serviceName() + " is running; making changes as "
                    + OrgFixture.OTHER_USERNAME + (shortRun ? "" : " (Ctrl-C to stop)"));
            boolean complete;
            try (SalesforceLogin login = otherUser(emulator);
                 SalesforceApi api = SalesforceApi.connect(login, RestSettings.defaults("37.0"))) {
                ChangeStream stream = new ChangeStream(api, console);
                console.startClock();
                for (long made = 0; made < total && !stopRequested(stop); made++) {
                    stream.next();
                    Thread.sleep(intervalMillis);
                }
                complete = console.awaitHandled(console.changes(), HANDLE_TIMEOUT);
            } finally {
                proxy.stop();
                replayStore.close();
            }
            console.say(String.format(Locale.ROOT, "sfstream demo: %d changes, %d notifications handled, %d events "
                    + "dispatched in %.1f s", console.changes(), console.handled(), console.dispatched(),
                    console.elapsedSeconds()));
            return complete && console.dispatched() == console.changes() ? 0 : 1;
        }
    }

    private static boolean stopRequested(StopSignal stop) {
        return stop != null && stop.received();
    }

    private static String describe(List<Object> arguments, Throwable failure) {
        Notification notification = (Notification) arguments.get(arguments.size() - 1);
        return arguments.get(0) + " " + notification.sobject().get("Id") + " " + notification.eventType()
                + (failure == null ? "" : " FAILED: " + failure);
    }

    private static Map<String, Object> config(Emulator emulator) {
        Map<String, Object> salesforce = emulator.salesforceConfig();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("SALESFORCE", salesforce);
        return config;
    }

    private static ReplayStore replayStore(LiveConsole console) {
        if (LocalServers.redisReachable()) {
            String prefix = "sfstream:demo:" + UUID.randomUUID() + ":replay_id:";
            console.say("  redis       Redis at 127.0.0.1:6379: replay ids are stored under " + prefix + "*");
            return RedisReplayStore.open("redis://127.0.0.1:6379/0", prefix, Duration.ofHours(1));
        }
        console.say("  redis       Redis is not reachable on 127.0.0.1:6379: replay ids are kept in memory");
        return new InMemoryReplayStore();
    }

    private static DependencyProvider<EventDispatcher> dispatcher(LiveConsole console, Map<String, Object> config) {
        if (LocalServers.rabbitMqReachable()) {
            config.put("AMQP_URI", "amqp://guest:guest@127.0.0.1:5672/");
            console.say("  rabbitmq    RabbitMQ at 127.0.0.1:5672: events go to the some-service.events exchange");
            return new EventDispatcherProvider();
        }
        console.say("  rabbitmq    RabbitMQ is not reachable on 127.0.0.1:5672: events are dispatched in memory");
        return new InMemoryEventDispatcher();
    }

    private static SalesforceLogin otherUser(Emulator emulator) {
        EmulatorUser user = emulator.fixture().user(OrgFixture.OTHER_USERNAME).orElseThrow();
        return new SalesforceLogin(LoginSettings.builder(AuthFlow.SOAP).username(user.username())
                .password(user.password()).securityToken(user.securityToken())
                .loginUrl(URI.create(emulator.baseUrl())).build());
    }
}
