package dev.sfstream.container;

import java.util.Map;

/**
 * What a dependency provider knows about the service it serves.
 *
 * @param serviceName the service's name
 * @param config the whole configuration as loaded from YAML (top-level keys such as
 *     {@code SALESFORCE}, {@code AMQP_URI}, {@code max_workers})
 */
public record ServiceContext(String serviceName, Map<String, Object> config) {
    public ServiceContext {
        config = Map.copyOf(config);
    }
}
