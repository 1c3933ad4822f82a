package dev.sfstream.container.internal;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.InMemoryEventDispatcher;
import dev.sfstream.events.EventDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Chooses the provider for each dependency type, later sources replacing earlier ones: the built-ins
 * (the worker context, an in-memory event dispatcher), then those the extensions serve (in extension order), then
 * providers found with {@link ServiceLoader}
 * (for example {@code sfstream-amqp}'s RabbitMQ dispatcher, used only when {@code AMQP_URI} is set), then
 * the providers registered on the container's builder (which is how tests swap in fakes).
 */
public final class ProviderRegistry {
    private ProviderRegistry() {
    }

    /**
     * The provider per type.
     *
     * @param amqpConfigured whether {@code AMQP_URI} is set
     * @param discover whether to look for providers with {@link ServiceLoader}
     * @param fromExtensions the providers the extensions serve
     * @param registered the builder's providers
     */
    public static Map<Class<?>, DependencyProvider<?>> select(boolean amqpConfigured, boolean discover,
                                                             List<DependencyProvider<?>> fromExtensions,
                                                             List<DependencyProvider<?>> registered) {
        Map<Class<?>, DependencyProvider<?>> providers = new LinkedHashMap<>();
        put(providers, new WorkerContextDependency());
        put(providers, new InMemoryEventDispatcher());
        fromExtensions.forEach(provider -> put(providers, provider));
        if (discover) {
            for (DependencyProvider<?> found : ServiceLoader.load(DependencyProvider.class)) {
                if (found.type() != EventDispatcher.class || amqpConfigured) {
                    put(providers, found);
                }
            }
        }
        registered.forEach(provider -> put(providers, provider));
        return providers;
    }

    private static void put(Map<Class<?>, DependencyProvider<?>> providers, DependencyProvider<?> provider) {
        providers.put(provider.type(), provider);
    }
}
