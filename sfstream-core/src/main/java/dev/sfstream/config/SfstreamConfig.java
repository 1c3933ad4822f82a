package dev.sfstream.config;

import dev.sfstream.config.internal.ConfigValues;
import dev.sfstream.config.internal.TopLevelKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole loaded configuration: the raw map (handed to dependency providers) and the checked top-level
 * keys. The {@code SALESFORCE} section is checked by {@link #salesforce()} when a service needs it, so a
 * configuration for services without Salesforce entrypoints need not have one.
 *
 * @param raw every key as loaded from YAML, after interpolation
 * @param amqpUri {@code AMQP_URI}, or null when events stay in process
 * @param maxWorkers {@code max_workers} (or {@code MAX_WORKERS}), default 10: handlers running at once
 */
public record SfstreamConfig(Map<String, Object> raw, String amqpUri, int maxWorkers) {
    /** Nameko's default {@code max_workers}. */
    public static final int DEFAULT_MAX_WORKERS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(SfstreamConfig.class);

    public SfstreamConfig {
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /**
     * Checks the top-level keys of a loaded configuration. A key that is not known but within a typo of a
     * known key is logged at WARN, naming both; other unknown keys are left alone (other extensions' keys).
     *
     * @throws ConfigurationException naming the key with a bad value
     */
    public static SfstreamConfig of(Map<String, Object> raw) {
        TopLevelKeys.warnings(raw.keySet()).forEach(LOG::warn);
        ConfigValues values = new ConfigValues("config", raw);
        String workersKey = raw.containsKey("max_workers") || !raw.containsKey("MAX_WORKERS") ? "max_workers"
                : "MAX_WORKERS";
        int maxWorkers = (int) values.number(workersKey, DEFAULT_MAX_WORKERS, 1);
        return new SfstreamConfig(raw, values.text("AMQP_URI", null), maxWorkers);
    }

    /**
     * The checked {@code SALESFORCE} section.
     *
     * @throws ConfigurationException with the original's messages
     */
    public SalesforceSettings salesforce() {
        return SalesforceSettings.from(raw);
    }

    @Override
    public String toString() {
        return "SfstreamConfig[keys=" + raw.keySet() + ", maxWorkers=" + maxWorkers + "]";
    }
}
