package dev.sfstream.testkit;

import dev.sfstream.emulator.Emulator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A configuration that logs in to an emulator as its default integration user. */
public final class EmulatorConfig {
    private EmulatorConfig() {
    }

    /**
     * The {@code SALESFORCE} section for the emulator's default user (SOAP login, as the original), to
     * which tests add or override keys.
     */
    public static Map<String, Object> salesforceSection(Emulator emulator) {
        return emulator.salesforceConfig();
    }

    /** A whole configuration with only the emulator's {@code SALESFORCE} section. */
    public static Map<String, Object> forEmulator(Emulator emulator) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("SALESFORCE", salesforceSection(emulator));
        return config;
    }
}
