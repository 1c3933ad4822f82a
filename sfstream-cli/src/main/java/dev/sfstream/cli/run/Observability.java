package dev.sfstream.cli.run;

import dev.sfstream.container.ServiceContainer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * What {@code --metrics-port} adds to {@code sfstream run}: a Prometheus registry with the JVM's meters that the
 * services' meters go to, the services' health, and the endpoint that serves both.
 */
final class Observability implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ServiceHealth health = new ServiceHealth();
    private MetricsEndpoint endpoint;

    Observability() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    /** Sends a service's meters to the registry and its session states to the health. */
    ServiceContainer.Builder observe(ServiceContainer.Builder builder, Class<?> serviceClass) {
        return builder.meterRegistry(registry).stateListener(health.listener(serviceClass));
    }

    /** Starts serving {@code /metrics} and {@code /health} for the containers; returns the base URL. */
    String serve(String host, int port, List<ServiceContainer> containers) {
        health.watch(containers);
        endpoint = MetricsEndpoint.start(host, port, registry, health);
        return endpoint.url().toString();
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        gc.close();
        registry.close();
    }
}
