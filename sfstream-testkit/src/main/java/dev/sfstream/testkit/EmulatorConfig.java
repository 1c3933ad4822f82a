package dev.sfstream.testkit;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
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
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("USERNAME", OrgFixture.DEFAULT_USERNAME);
        section.put("PASSWORD", OrgFixture.DEFAULT_PASSWORD);
        section.put("SECURITY_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN);
        section.put("SANDBOX", false);
        section.put("LOGIN_URL", emulator.baseUrl());
        return section;
    }

    /** A whole configuration with only the emulator's {@code SALESFORCE} section. */
    public static Map<String, Object> forEmulator(Emulator emulator) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("SALESFORCE", salesforceSection(emulator));
        return config;
    }
}
