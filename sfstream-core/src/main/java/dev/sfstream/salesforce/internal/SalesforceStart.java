package dev.sfstream.salesforce.internal;

import dev.sfstream.config.SalesforceSettings;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.EntrypointExtension.Running;
import dev.sfstream.container.EntrypointExtension.Startup;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.pushtopic.Declaration;
import dev.sfstream.pushtopic.PushTopicDeclarer;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Salesforce streaming for one service, naming each step: check the {@code SALESFORCE} section, open the
 * replay store, dead-letter sink and leader election it asks for, log in, then declare the PushTopics (sorted by
 * name) and either subscribe every channel (the CometD session handshakes while they are declared) or join the
 * leader election. Every part is handed to the container as it starts, so that a failing step releases what came
 * before it. Without Salesforce entrypoints (a service that only uses {@code @Dependency SalesforceApi}) it stops
 * after logging in.
 */
final class SalesforceStart {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceStart.class);
    private static final Running NOTHING_OF_ITS_OWN = Running.of(timeout -> { }, () -> { });

    private final StreamingModel model;
    private final SfstreamConfig config;
    private final SalesforceStreamingExtension.Options given;
    private final Startup startup;

    SalesforceStart(StreamingModel model, SfstreamConfig config, SalesforceStreamingExtension.Options given,
                    Startup startup) {
        this.model = model;
        this.config = config;
        this.given = given;
        this.startup = startup;
    }

    /** Starts; the returned part is active while the service streams (with a leader election, while it leads). */
    Running start(HandlerInvoker invoker, SalesforceApiDependency api) throws Exception {
        startup.step("checking the SALESFORCE configuration");
        SalesforceSettings settings = config.salesforce();
        Adapters adapters = new Adapters(new Adapters.Given(given.replayStore(), given.deadLetterSink(),
                given.leaderElection()), given.discover());
        StreamingOptions options = new StreamingOptions(null, null, given.stateListeners(), given.streamingTuning(),
                startup::failed, null, given.meterRegistry()).withAdapters(model.streaming().isEmpty()
                ? adapters.givenOnly()
                : adapters.open(new ServiceContext(model.name(), config.raw()), settings,
                        StreamingBinding.replayKeys(model, settings.transport()), startup));
        startup.step("logging in to Salesforce (AUTH " + settings.auth().configName() + ")");
        SalesforceConnection salesforce = SalesforceConnection.open(settings,
                OwnChanges.clientName(settings, model.name()));
        startup.started("the Salesforce connection", Adapters.closing(salesforce::close));
        api.use(salesforce.api());
        if (model.streaming().isEmpty()) {
            return NOTHING_OF_ITS_OWN;
        }
        if (options.leaderElection() != null) {
            declarePushTopics(salesforce);
            startup.step("joining the leader election");
            LeaderStreaming leader = LeaderStreaming.join(model, config, salesforce, invoker, options);
            startup.started("the leader election", leader);
            return activeWhile(leader);
        }
        String subscribing = "subscribing to " + String.join(", ", model.channels());
        startup.step(subscribing);
        StreamingBinding.open(model, config, salesforce, invoker, options,
                (name, session) -> startup.started(name, Running.of(session::stop, session::kill)), () -> true,
                () -> {
                    declarePushTopics(salesforce);
                    startup.step(subscribing);
                });
        return NOTHING_OF_ITS_OWN;
    }

    private void declarePushTopics(SalesforceConnection salesforce) {
        PushTopicDeclarer declarer = new PushTopicDeclarer(salesforce.api());
        PushTopicSpecs specs = new PushTopicSpecs(salesforce);
        for (TopicDeclaration declaration : model.declarations()) {
            startup.step("declaring PushTopic " + declaration.name());
            Declaration result = declarer.declare(specs.of(declaration));
            LOG.info("Service {}: PushTopic {} {}{}", model.name(), declaration.name(),
                    result.action().name().toLowerCase(Locale.ROOT),
                    result.active() ? "" : " (inactive: it sends nothing until someone activates it)");
        }
    }

    /** Stops nothing of its own (the leader election is a part of its own) and is active while the leader streams. */
    private static Running activeWhile(LeaderStreaming leader) {
        return new Running() {
            @Override
            public void stop(Duration timeout) {
            }

            @Override
            public void kill() {
            }

            @Override
            public boolean isActive() {
                return leader.isActive();
            }
        };
    }
}
