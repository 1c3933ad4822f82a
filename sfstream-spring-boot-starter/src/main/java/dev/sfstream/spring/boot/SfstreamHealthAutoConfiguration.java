package dev.sfstream.spring.boot;

import dev.sfstream.spring.boot.internal.ServicesHealthContributor;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** An Actuator health indicator per sfstream service ({@code /actuator/health/sfstream/<service>}), when Actuator is present. */
@AutoConfiguration(after = SfstreamAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator")
@ConditionalOnBean(SfstreamServices.class)
@ConditionalOnEnabledHealthIndicator("sfstream")
public class SfstreamHealthAutoConfiguration {
    /** The services' health, one component each, named by {@code @ServiceName}. */
    @Bean
    HealthContributor sfstreamHealthContributor(SfstreamServices services) {
        return ServicesHealthContributor.of(services);
    }
}
