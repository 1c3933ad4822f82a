package dev.sfstream.spring.boot.internal;

import dev.sfstream.container.ServiceContainer;
import dev.sfstream.spring.boot.SfstreamServices;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/** The Actuator side of {@link ServiceHealth}: one {@link HealthIndicator} per service, named by its service name. */
public final class ServicesHealthContributor {
    private ServicesHealthContributor() {
    }

    /** A composite of the services' indicators. */
    public static CompositeHealthContributor of(SfstreamServices services) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (ServiceContainer container : services.containers()) {
            indicators.put(container.serviceName(), () -> {
                ServiceHealth health = ServiceHealth.of(container, services.streamingState(container.serviceName()));
                return Health.status(new Status(health.status())).withDetails(health.details()).build();
            });
        }
        return CompositeHealthContributor.fromMap(indicators);
    }
}
