package dev.sfstream.spring.boot.test;

import dev.sfstream.emulator.Emulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code sfstream.salesforce.*} properties that log in to an emulator ({@code USERNAME} as
 * {@code sfstream.salesforce.username}, ...), for a {@code SpringApplicationBuilder} or a
 * {@code @DynamicPropertySource} where {@link SfstreamEmulatorTest} does not fit.
 */
public final class EmulatorProperties {
    private EmulatorProperties() {
    }

    /** The login properties of {@code emulator}, in a new map. */
    public static Map<String, Object> of(Emulator emulator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        emulator.salesforceConfig().forEach((key, value) -> properties.put("sfstream.salesforce."
                + key.toLowerCase(Locale.ROOT).replace('_', '-'), value instanceof List<?> ? value : String.valueOf(value)));
        return properties;
    }
}
