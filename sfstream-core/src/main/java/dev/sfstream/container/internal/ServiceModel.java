package dev.sfstream.container.internal;

import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A scanned and validated service class.
 *
 * @param name the service name
 * @param type the service class
 * @param extensions every extension available, in start order (those without entrypoints in the service too)
 * @param entrypoints each extension's entrypoints in the service, in a stable order (method name, then annotation
 *     order); empty for none
 * @param dependencies the {@code @Dependency} fields
 * @param instances makes the service instance of each worker
 */
public record ServiceModel(String name, Class<?> type, List<EntrypointExtension> extensions,
                           Map<EntrypointExtension, List<EntrypointMethod>> entrypoints, List<Field> dependencies,
                           Supplier<?> instances) {
    public ServiceModel {
        Objects.requireNonNull(instances, "instances");
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
}
