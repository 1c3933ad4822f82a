package dev.sfstream.spring.boot.internal;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.spring.boot.ServiceContainerCustomizer;
import dev.sfstream.spring.boot.SfstreamProperties;
import dev.sfstream.spring.boot.SfstreamServices;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextException;
import org.springframework.core.env.Environment;

/**
 * Builds a container per {@code @ServiceName} bean: the configuration from the {@code sfstream.*} properties,
 * a new bean instance per worker, {@code ${...}} in annotation texts resolved from the environment, the context's
 * {@link MeterRegistry} and {@link DependencyProvider} beans, a streaming state tracker for health, then the
 * {@link ServiceContainerCustomizer} beans. Adapters (Redis replay store, dead letters, leader lease) are chosen by
 * the container from the configuration, as for every other way of starting a service.
 */
public final class ServiceAssembly {
    private ServiceAssembly() {
    }

    /** The services of the context, not yet started. */
    public static SfstreamServices assemble(ConfigurableListableBeanFactory beanFactory, Environment environment,
                                            SfstreamConfig config, SfstreamProperties properties,
                                            ObjectProvider<MeterRegistry> registry,
                                            ObjectProvider<DependencyProvider<?>> dependencies,
                                            ObjectProvider<ServiceContainerCustomizer> customizers) {
        List<ServiceContainer> containers = new ArrayList<>();
        Map<String, StreamingStateTracker> states = new ConcurrentHashMap<>();
        for (ServiceBeans.ServiceBean service : ServiceBeans.find(beanFactory)) {
            BeanInstances instances = new BeanInstances(beanFactory, service.name());
            checkInstance(service, instances);
            StreamingStateTracker tracker = new StreamingStateTracker();
            ServiceContainer.Builder builder = ServiceContainer.builder(service.type())
                    .config(config)
                    .instances(instances)
                    .placeholders(environment::resolveRequiredPlaceholders)
                    .stateListener(tracker)
                    // The streaming session drains its handlers within its own stop timeout, not the one
                    // ServiceContainer.stop(Duration) is given: bound it here too.
                    .streamingSettings(settings -> settings.withStopTimeout(properties.shutdownTimeout()));
            registry.ifAvailable(builder::meterRegistry);
            dependencies.orderedStream().forEach(builder::dependency);
            customizers.orderedStream().forEach(customizer -> customizer.customize(service.name(), builder));
            ServiceContainer container = builder.build();
            if (states.putIfAbsent(container.serviceName(), tracker) != null) {
                throw new ApplicationContextException("Two sfstream service beans are named '"
                        + container.serviceName() + "' (@ServiceName); the second is bean '" + service.name() + "'");
            }
            containers.add(container);
        }
        return new SfstreamServices(containers, name -> Optional.ofNullable(states.get(name))
                .flatMap(StreamingStateTracker::latest), properties.shutdownTimeout(), properties.autoStartup());
    }

    /** Makes one instance now, so that a bean that cannot be made fails the context's start rather than each event. */
    private static void checkInstance(ServiceBeans.ServiceBean service, BeanInstances instances) {
        try {
            instances.get();
        } catch (BeansException | IllegalStateException unusable) {
            throw new ApplicationContextException("sfstream service bean '" + service.name() + "' ("
                    + service.type().getName() + ") cannot be made: " + unusable.getMessage(), unusable);
        }
    }
}
