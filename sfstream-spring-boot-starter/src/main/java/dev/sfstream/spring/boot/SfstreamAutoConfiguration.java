package dev.sfstream.spring.boot;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.spring.boot.internal.ServiceAssembly;
import dev.sfstream.spring.boot.internal.ServiceBeanScope;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Runs the application context's {@code @ServiceName} beans as sfstream services, configured by the
 * {@code sfstream.*} properties ({@link SfstreamProperties}), started and stopped with the context.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(SfstreamProperties.class)
public class SfstreamAutoConfiguration {
    /** Makes the service beans prototype-scoped: a new instance per worker. */
    @Bean
    static ServiceBeanScope sfstreamServiceBeanScope() {
        return new ServiceBeanScope();
    }

    /** The configuration the services run with, from the {@code sfstream.*} properties. */
    @Bean
    @ConditionalOnMissingBean
    SfstreamConfig sfstreamConfig(SfstreamProperties properties) {
        return SfstreamConfig.of(properties.toConfigMap());
    }

    /** The services, as one lifecycle bean. */
    @Bean
    SfstreamServices sfstreamServices(ConfigurableListableBeanFactory beanFactory, Environment environment,
                                      SfstreamConfig config, SfstreamProperties properties,
                                      ObjectProvider<MeterRegistry> registry,
                                      ObjectProvider<DependencyProvider<?>> dependencies,
                                      ObjectProvider<ServiceContainerCustomizer> customizers) {
        return ServiceAssembly.assemble(beanFactory, environment, config, properties, registry, dependencies,
                customizers);
    }
}
