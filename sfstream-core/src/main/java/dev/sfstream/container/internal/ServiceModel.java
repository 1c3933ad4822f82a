package dev.sfstream.container.internal;

import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A scanned and validated service class.
 *
 * @param name the service name
 * @param type the service class
 * @param streaming the Salesforce entrypoints, in a stable order (method name, then annotation order)
 * @param extensions every extension available, in start order (those without entrypoints in the service too)
 * @param entrypoints each extension's entrypoints in the service, in a stable order; empty for none
 * @param dependencies the {@code @Dependency} fields
 * @param instances makes the service instance of each worker
 */
public record ServiceModel(String name, Class<?> type, List<StreamingEntrypoint> streaming,
                           List<EntrypointExtension> extensions,
                           Map<EntrypointExtension, List<EntrypointMethod>> entrypoints, List<Field> dependencies,
                           Supplier<?> instances) {
    public ServiceModel {
        Objects.requireNonNull(instances, "instances");
        streaming = List.copyOf(streaming);
        extensions = List.copyOf(extensions);
        Map<EntrypointExtension, List<EntrypointMethod>> byExtension = new LinkedHashMap<>();
        entrypoints.forEach((extension, methods) -> byExtension.put(extension, List.copyOf(methods)));
        entrypoints = Collections.unmodifiableMap(byExtension);
        dependencies = List.copyOf(dependencies);
    }

    /** The service's entrypoints of one extension, empty for none. */
    public List<EntrypointMethod> entrypointsOf(EntrypointExtension extension) {
        return entrypoints.getOrDefault(extension, List.of());
    }

    /** Every channel to subscribe, each once, sorted. */
    public Set<String> channels() {
        Set<String> channels = new TreeSet<>();
        streaming.forEach(entrypoint -> channels.add(entrypoint.channel()));
        return channels;
    }

    /** The entrypoints that run for a channel. */
    public List<StreamingEntrypoint> entrypointsOn(String channel) {
        return streaming.stream().filter(entrypoint -> entrypoint.channel().equals(channel)).toList();
    }

    /** The PushTopics to declare, each once, in a stable order (by topic name). */
    public List<TopicDeclaration> declarations() {
        return streaming.stream().map(StreamingEntrypoint::declaration).filter(Objects::nonNull)
                .distinct().sorted(Comparator.comparing(TopicDeclaration::name)).toList();
    }
}
