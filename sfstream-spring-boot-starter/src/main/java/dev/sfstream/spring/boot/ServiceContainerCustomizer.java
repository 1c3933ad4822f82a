package dev.sfstream.spring.boot;

import dev.sfstream.container.ServiceContainer;

/** A bean that adjusts each service's container before it is built (e.g. a replay store or a listener of its own). */
@FunctionalInterface
public interface ServiceContainerCustomizer {
    /**
     * @param beanName the service bean's name
     * @param builder the container's builder, already given the configuration, instances, placeholders, registry
     */
    void customize(String beanName, ServiceContainer.Builder builder);
}
