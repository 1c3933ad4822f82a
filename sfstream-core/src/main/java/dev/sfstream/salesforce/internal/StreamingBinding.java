package dev.sfstream.salesforce.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.failure.Failure;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingSettings;
import dev.sfstream.streaming.StreamingState;
import dev.sfstream.streaming.SubscriptionFailure;
import dev.sfstream.streaming.spi.TransportProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the service's streaming sessions, one per transport in use ({@link TransportChoice}: PushTopics on CometD,
 * events on Pub/Sub when chosen): subscribes each channel once with a {@link ChannelFanOut} to every entrypoint on
 * it, starts the session and waits until it is connected and Salesforce answered every subscribe: a refused
 * channel fails the start, so a service never runs with a channel silently missing. The Pub/Sub session is named
 * {@code <service>-pubsub} (threads, logs, meter tag {@code service}). Each session is handed to the caller as soon
 * as it is built, so that a failure later in the start still stops it.
 * <p>
 * A CometD session starts (logs in and handshakes) before the step that must come before its subscribes, the
 * PushTopic declarations, and subscribes once that step is done: the handshake's round trip overlaps the
 * declarations' instead of following them. A Pub/Sub session opens a stream per channel, so it starts with its
 * channels, after that step.
 */
final class StreamingBinding {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingBinding.class);
    /** How long start waits for the session to connect and for Salesforce to answer every subscribe. */
    static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(60);

    private StreamingBinding() {
    }

    /**
     * Opens and subscribes every session; {@code opened} is told each session's name ({@code the <transport>
     * streaming session}) and the session as soon as it is built; {@code beforeSubscribing} runs once, before any
     * channel is subscribed (it declares the PushTopics).
     */
    static void open(StreamingModel model, SfstreamConfig config, SalesforceConnection salesforce,
                     HandlerInvoker invoker, StreamingOptions options, BiConsumer<String, StreamingSession> opened,
                     BooleanSupplier handOver, Runnable beforeSubscribing) throws InterruptedException {
        Map<String, List<StreamingEntrypoint>> byTransport = byTransport(model, salesforce.settings().transport());
        List<Binding> bindings = new ArrayList<>();
        for (Map.Entry<String, List<StreamingEntrypoint>> group : byTransport.entrySet()) {
            bindings.add(bind(model, config, salesforce, options, opened, handOver, group.getKey(),
                    group.getValue()));
        }
        beforeSubscribing.run();
        for (Binding binding : bindings) {
            binding.subscribe(model, invoker, options, salesforce);
        }
        for (Binding binding : bindings) {
            binding.awaitSubscribed();
        }
    }

    /**
     * The replay store keys the service's channels use: the channel on CometD, {@code pubsub:<channel>} on Pub/Sub;
     * none for a channel of a Pub/Sub managed subscription (Salesforce keeps its position).
     *
     * @throws dev.sfstream.container.InvalidServiceException when an entrypoint asks for a transport that cannot
     *     carry its channel, or entrypoints of one channel name different managed subscriptions
     */
    static List<String> replayKeys(StreamingModel model, String configuredTransport) {
        return byTransport(model, configuredTransport).entrySet().stream()
                .flatMap(group -> group.getValue().stream()
                        .filter(entrypoint -> TransportChoice.managedSubscription(entrypoint) == null)
                        .map(entrypoint -> StreamingSession.replayKey(group.getKey(), entrypoint.channel())))
                .distinct().sorted().toList();
    }

    private static Map<String, List<StreamingEntrypoint>> byTransport(StreamingModel model, String configured) {
        Map<String, List<StreamingEntrypoint>> byTransport = new TreeMap<>();
        for (String channel : model.channels()) {
            for (StreamingEntrypoint entrypoint : model.entrypointsOn(channel)) {
                byTransport.computeIfAbsent(TransportChoice.of(entrypoint, configured),
                        transport -> new ArrayList<>()).add(entrypoint);
            }
        }
        TransportChoice.managedOptions(byTransport.getOrDefault(TransportChoice.PUBSUB, List.of()));
        return byTransport;
    }

    /** Builds one transport's session and hands it over; a CometD session starts here, without channels yet. */
    private static Binding bind(StreamingModel model, SfstreamConfig config, SalesforceConnection salesforce,
                                StreamingOptions options, BiConsumer<String, StreamingSession> opened,
                                BooleanSupplier handOver, String transport, List<StreamingEntrypoint> entrypoints) {
        StreamingSettings settings = options.streamingTuning()
                .apply(SettingsMapping.streaming(config, salesforce.settings()));
        boolean pubSub = transport.equals(TransportChoice.PUBSUB);
        StreamingSession.Builder builder = StreamingSession.builder(salesforce.login()).settings(settings)
                .name(pubSub ? model.name() + "-pubsub" : model.name()).meterRegistry(options.meterRegistry())
                .handOverWhile(handOver);
        if (pubSub) {
            Map<String, String> transportOptions = new TreeMap<>(salesforce.settings().pubSubOptions());
            transportOptions.putAll(TransportChoice.managedOptions(entrypoints));
            builder.transport(TransportProvider.named(transport).configure(transportOptions));
        }
        if (options.replayStore() != null) {
            builder.replayStore(options.replayStore());
        }
        if (options.deadLetterSink() != null) {
            builder.deadLetterSink(options.deadLetterSink());
        }
        StreamingSession session = builder.build();
        options.stateListeners().forEach(session::addStateListener);
        opened.accept("the " + transport + " streaming session", session);
        session.addStateListener(change -> {
            if (change.to() == StreamingState.FAILED) {
                options.sessionFailed().accept(session.failure().orElse(
                        Failure.of(Failure.Kind.INTERNAL, true, String.valueOf(change.reason()))));
            }
        });
        Binding binding = new Binding(transport, settings, entrypoints, session, !pubSub);
        if (binding.startsFirst()) {
            session.start();
        }
        return binding;
    }

    /** One transport's session and the entrypoints it carries. */
    private record Binding(String transport, StreamingSettings settings, List<StreamingEntrypoint> entrypoints,
                           StreamingSession session, boolean startsFirst) {
        void subscribe(StreamingModel model, HandlerInvoker invoker, StreamingOptions options,
                       SalesforceConnection salesforce) {
            boolean pubSub = transport.equals(TransportChoice.PUBSUB);
            String ownClient = salesforce.settings().skipOwnChanges() ? salesforce.clientName() : null;
            for (String channel : entrypoints.stream().map(StreamingEntrypoint::channel).distinct().toList()) {
                List<StreamingEntrypoint> here = entrypoints.stream()
                        .filter(entrypoint -> entrypoint.channel().equals(channel)).toList();
                session.subscribe(channel, new ChannelFanOut(here, invoker, () -> session.clientId().orElse(null),
                        ownClient));
                LOG.info("Service {}: subscribing {} for {}; start position: {}{}", model.name(), channel,
                        here.stream().map(entrypoint -> entrypoint.method().name()).distinct()
                                .collect(Collectors.joining(", ")),
                        TransportChoice.managedSubscription(here.get(0)) != null ? "after the replay id Salesforce"
                                + " keeps for managed subscription " + TransportChoice.managedSubscription(here.get(0))
                                : startPosition(options, settings, StreamingSession.replayKey(transport, channel)),
                        pubSub ? " (over the Pub/Sub API)" : "");
            }
            if (!startsFirst) {
                session.start();
            }
        }

        void awaitSubscribed() throws InterruptedException {
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
        }
    }

    private static String startPosition(StreamingOptions options, StreamingSettings settings, String channel) {
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
