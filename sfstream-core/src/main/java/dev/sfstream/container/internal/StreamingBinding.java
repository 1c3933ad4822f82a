package dev.sfstream.container.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the service's one streaming session: subscribes each channel once with a {@link ChannelFanOut} to
 * every entrypoint on it, starts the session and waits until it is connected and Salesforce answered every
 * subscribe: a refused channel fails the start, so a service never runs with a channel silently missing,
 * and a change made right after start is not missed.
 */
final class StreamingBinding {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingBinding.class);
    /** How long start waits for the session to connect and for Salesforce to answer every subscribe. */
    static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(60);

    private StreamingBinding() {
    }

    static StreamingSession open(ServiceModel model, SfstreamConfig config, SalesforceConnection salesforce,
                                 WorkerInvoker invoker, ServiceStarter.Options options, StartedParts parts,
                                 BooleanSupplier handOver)
            throws InterruptedException {
        StreamingSettings settings = options.streamingTuning()
                .apply(SettingsMapping.streaming(config, salesforce.settings()));
        StreamingSession.Builder builder = StreamingSession.builder(salesforce.login()).settings(settings)
                .name(model.name()).meterRegistry(options.meterRegistry()).handOverWhile(handOver);
        if (options.replayStore() != null) {
            builder.replayStore(options.replayStore());
        }
        if (options.deadLetterSink() != null) {
            builder.deadLetterSink(options.deadLetterSink());
        }
        StreamingSession session = builder.build();
        options.stateListeners().forEach(session::addStateListener);
        String ownClient = salesforce.settings().skipOwnChanges()
                ? OwnChanges.clientName(salesforce.settings(), model.name()) : null;
        for (String channel : model.channels()) {
            List<StreamingEntrypoint> entrypoints = model.entrypointsOn(channel);
            session.subscribe(channel, new ChannelFanOut(entrypoints, invoker, () -> session.clientId().orElse(null),
                    ownClient));
            LOG.info("Service {}: subscribing {} for {}; start position: {}", model.name(), channel,
                    entrypoints.stream().map(entrypoint -> entrypoint.method().name()).distinct()
                            .collect(Collectors.joining(", ")), startPosition(options, settings, channel));
        }
        parts.add("the streaming session", session::stop, session::kill);
        session.addStateListener(change -> {
            if (change.to() == StreamingState.FAILED) {
                options.sessionFailed().accept(session.failure().orElse(
                        Failure.of(Failure.Kind.INTERNAL, true, String.valueOf(change.reason()))));
            }
        });
        session.start();
        boolean subscribed = session.awaitSubscribed(SUBSCRIBE_TIMEOUT);
        List<SubscriptionFailure> refused = session.failedSubscriptions();
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Salesforce refused " + refused.stream()
                    .map(failure -> failure.channel() + " (" + failure.error() + "; " + failure.explanation() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!subscribed) {
            throw new IllegalStateException("the streaming session did not connect and subscribe within "
                    + SUBSCRIBE_TIMEOUT + session.failure().map(reason -> ": " + reason)
                    .orElse(" (state " + session.state() + ")"));
        }
        return session;
    }

    private static String startPosition(ServiceStarter.Options options, StreamingSettings settings, String channel) {
        if (options.replayStore() != null) {
            OptionalLong stored = options.replayStore().load(channel);
            if (stored.isPresent()) {
                return "after stored replay id " + stored.getAsLong();
            }
        }
        return settings.replay().replayDefault().name().toLowerCase(Locale.ROOT) + " ("
                + settings.replay().replayDefault().replayId() + ")";
    }
}
