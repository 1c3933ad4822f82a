package dev.sfstream.salesforce.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.internal.HandlerScanner;
import dev.sfstream.container.internal.ServiceModel;
import dev.sfstream.events.EventDispatcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Scans a service class as the container does, with the Salesforce extension, and returns its streaming model. */
final class StreamingScan {
    private StreamingScan() {
    }

    static SalesforceStreamingExtension extension() {
        return new SalesforceStreamingExtension(SfstreamConfig.of(Map.of()), new SalesforceStreamingExtension.Options(
                null, null, null, List.of(), UnaryOperator.identity(), UnaryOperator.identity(), false,
                new SimpleMeterRegistry()));
    }

    /** The scanner of a container whose only extension is {@code extension} and whose only dependency is events. */
    static HandlerScanner scanner(SalesforceStreamingExtension extension) {
        return new HandlerScanner(List.of(extension), Set.of(EventDispatcher.class));
    }

    /** Scans {@code type} and returns its Salesforce entrypoints. */
    static StreamingModel scan(Class<?> type) {
        SalesforceStreamingExtension extension = extension();
        ServiceModel model = scanner(extension).scan(type);
        return extension.model(model.name(), model.entrypointsOf(extension));
    }
}
