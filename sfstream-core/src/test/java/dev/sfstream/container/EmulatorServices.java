package dev.sfstream.container;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds containers that log in to a test's emulator as its default user, with short back-offs. */
final class EmulatorServices {
    private EmulatorServices() {
    }

    static Map<String, Object> salesforce(Emulator emulator) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("USERNAME", OrgFixture.DEFAULT_USERNAME);
        section.put("PASSWORD", OrgFixture.DEFAULT_PASSWORD);
        section.put("SECURITY_TOKEN", OrgFixture.DEFAULT_SECURITY_TOKEN);
        section.put("SANDBOX", false);
        section.put("LOGIN_URL", emulator.baseUrl());
        emulator.certificatePem().ifPresent(pem -> section.put("TRUST_STORE", pem.toString()));
        return section;
    }

    static ServiceContainer.Builder container(Class<?> service, Emulator emulator, Map<String, Object> extraKeys,
                                              Calls calls) {
        Map<String, Object> section = salesforce(emulator);
        section.putAll(extraKeys);
        return ServiceContainer.builder(service)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", section)))
                .replaceDependency(Calls.class, calls)
                .streamingSettings(settings -> settings.withHandlerBackOff(Duration.ofMillis(10))
                        .withReconnectBackOffBase(Duration.ofMillis(50)).withReconnectBackOffCap(Duration.ofSeconds(1)));
    }
}
