package dev.sfstream.cli.deadletters;

import dev.sfstream.annotation.HandleSObjectNotification;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.RecordTypeFixture;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.rest.SalesforceApi;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a service's handlers on dead letters. The service runs in its own container, as {@code sfstream run} would
 * start it, with the configured dependencies (its {@code SalesforceApi} logged in to the configured org, events to
 * the configured broker), except that its streaming session subscribes to an embedded emulator, nothing else: each
 * letter's data is published there on its channel and reaches the service's handlers on that channel like any
 * event. Replay positions stay in memory and failures are reported here, not dead-lettered again.
 */
final class Redelivery implements AutoCloseable {
    /** What happened to one letter. */
    enum Outcome { HANDLED, FAILED, TIMED_OUT }

    private final Emulator emulator;
    private final ServiceContainer container;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, DeadLetter> failures = new ConcurrentHashMap<>();

    private Redelivery(Emulator emulator, Class<?> service, SfstreamConfig config, SalesforceApi org) {
        this.emulator = emulator;
        this.container = ServiceContainer.builder(service).config(config).replaceDependency(SalesforceApi.class, org)
                .replayStore(new InMemoryReplayStore()).meterRegistry(meters)
                .deadLetterSink(letter -> failures.put(letter.event().channel(), letter)).build();
    }

    /**
     * Starts the emulator and the service.
     *
     * @param config the configuration the service runs with; its {@code SALESFORCE} login keys are replaced
     * @param channels the letters' channels (PushTopics and streaming channels are made for them)
     */
    static Redelivery start(Class<?> service, Map<String, Object> config, SalesforceApi org,
                            Collection<String> channels) {
        Emulator emulator = Emulator.builder().fixture(OrgFixture.defaults().withRecordTypes(recordTypes(service)))
                .start();
        try {
            Set<String> needed = new LinkedHashSet<>(channels);
            needed.addAll(subscribed(service));
            needed.forEach(channel -> prepare(emulator, channel));
            Redelivery redelivery = new Redelivery(emulator, service, SfstreamConfig.of(withEmulator(config, emulator)),
                    org);
            redelivery.container.start();
            return redelivery;
        } catch (RuntimeException failed) {
            emulator.close();
            throw failed;
        }
    }

    /** Publishes a letter's data on its channel and waits until the service handled it, failed, or time ran out. */
    Outcome deliver(String channel, Map<String, Object> data, Duration timeout) throws InterruptedException {
        failures.remove(channel);
        double handledBefore = handled(channel);
        emulator.streaming().publish(channel, data);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (handled(channel) > handledBefore) {
                return Outcome.HANDLED;
            }
            if (failures.containsKey(channel)) {
                return Outcome.FAILED;
            }
            synchronized (this) {
                wait(20);
            }
        }
        return Outcome.TIMED_OUT;
    }

    /** The last failure on a channel, as the handler threw it. */
    String failure(String channel) {
        DeadLetter letter = failures.get(channel);
        return letter == null ? "no answer" : letter.failure();
    }

    private double handled(String channel) {
        Counter counter = meters.find("sfstream.events.handled").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Object> withEmulator(Map<String, Object> config, Emulator emulator) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        Map<String, Object> section = emulator.salesforceConfig();
        if (config.get("SALESFORCE") instanceof Map<?, ?> original) {
            for (String kept : List.of("HANDLER_RETRIES", "API_VERSION", "REPLAY_FALLBACK")) {
                if (original.containsKey(kept)) {
                    section.put(kept, original.get(kept));
                }
            }
        }
        copy.put("SALESFORCE", section);
        return copy;
    }

    private static List<RecordTypeFixture> recordTypes(Class<?> service) {
        List<RecordTypeFixture> types = new ArrayList<>(OrgFixture.defaults().recordTypes());
        for (Method method : service.getDeclaredMethods()) {
            for (HandleSObjectNotification handler : method.getAnnotationsByType(HandleSObjectNotification.class)) {
                String type = handler.sobjectType().isEmpty() ? handler.value() : handler.sobjectType();
                if (!handler.recordType().isEmpty() && types.stream().noneMatch(known ->
                        known.sobjectType().equals(type) && known.developerName().equals(handler.recordType()))) {
                    types.add(new RecordTypeFixture(type, handler.recordType(), handler.recordType()));
                }
            }
        }
        return types;
    }

    private static List<String> subscribed(Class<?> service) {
        List<String> channels = new ArrayList<>();
        for (Method method : service.getDeclaredMethods()) {
            for (Subscribe subscribe : method.getAnnotationsByType(Subscribe.class)) {
                channels.add(subscribe.value());
            }
        }
        return channels;
    }

    /** Makes the emulator accept a subscription to a PushTopic or generic streaming channel. */
    private static void prepare(Emulator emulator, String channel) {
        String bare = channel.contains("?") ? channel.substring(0, channel.indexOf('?')) : channel;
        if (bare.startsWith("/topic/") && emulator.records("PushTopic").stream()
                .noneMatch(topic -> bare.substring(7).equals(topic.get("Name")))) {
            emulator.createRecord("PushTopic", Map.of("Name", bare.substring(7), "Query", "SELECT Id FROM Account",
                    "ApiVersion", "37.0"));
        } else if (bare.startsWith("/u/")) {
            emulator.createRecord("StreamingChannel", Map.of("Name", bare));
        }
    }

    @Override
    public void close() {
        try {
            container.stop(Duration.ofSeconds(10));
        } finally {
            emulator.close();
        }
    }
}
