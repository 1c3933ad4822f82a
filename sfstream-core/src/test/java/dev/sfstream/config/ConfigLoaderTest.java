package dev.sfstream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String YAML = """
            AMQP_URI: ${AMQP_URI:pyamqp://guest:guest@localhost}
            max_workers: ${WORKERS:4}
            SALESFORCE:
              USERNAME: ${SF_USER}
              PASSWORD: ${SF_PASSWORD}
              SECURITY_TOKEN: ""
              SANDBOX: ${SF_SANDBOX:False}
              PUSHTOPIC_REPLAY_ENABLED: True
              PUSHTOPIC_REPLAY_REDIS_URI: redis://${REDIS_HOST:localhost}:6379/11
              PUSHTOPIC_REPLAY_TTL: 3600
            """;

    @Test
    void interpolatesVariablesAndDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, YAML);
        Map<String, Object> raw = new ConfigLoader(Map.of("SF_USER", "me@acme.com", "SF_PASSWORD", "pw",
                "WORKERS", "12")).load(file);
        SfstreamConfig config = SfstreamConfig.of(raw);
        assertThat(config.amqpUri()).isEqualTo("pyamqp://guest:guest@localhost");
        assertThat(config.maxWorkers()).isEqualTo(12);
        SalesforceSettings salesforce = config.salesforce();
        assertThat(salesforce.username()).isEqualTo("me@acme.com");
        assertThat(salesforce.sandbox()).isFalse();
        assertThat(salesforce.replayEnabled()).isTrue();
        assertThat(salesforce.replayRedisUri()).isEqualTo("redis://localhost:6379/11");
        assertThat(salesforce.replayTtlSeconds()).isEqualTo(3600);
    }

    @Test
    void aDocumentIsATopLevelMappingOrNothing() {
        ConfigLoader loader = new ConfigLoader(Map.of());
        assertThat(loader.parse("# only a comment\n", "empty.yaml")).isEmpty();
        assertThat(loader.parse("~\n", "null.yaml")).isEmpty();
        assertThat(loader.parse("A:\n  - 1\n  - 2.5\n  - x\nB: {C: null}\n", "nested.yaml"))
                .containsEntry("A", List.of(1, 2.5, "x")).containsEntry("B", Collections.singletonMap("C", null));
        assertThatThrownBy(() -> loader.parse("- a\n- b\n", "list.yaml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("list.yaml is not a valid YAML mapping: its top level is a list, not KEY: value lines");
        assertThatThrownBy(() -> loader.parse("just text\n", "text.yaml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("text.yaml is not a valid YAML mapping: its top level is a single value");
        assertThatThrownBy(() -> loader.parse("A: [1\n", "broken.yaml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("broken.yaml is not a valid YAML mapping: ");
    }

    @Test
    void interpolatedScalarsAreTyped() {
        Map<String, Object> raw = new ConfigLoader(Map.of("FLAG", "true", "N", "7", "TEXT", "a: b"))
                .parse("A: ${FLAG}\nB: ${N}\nC: ${TEXT}\nD: ${MISSING:}\n", "test");
        assertThat(raw).containsEntry("A", true).containsEntry("B", 7).containsEntry("C", "a: b")
                .containsEntry("D", "");
    }

    @Test
    void unsetVariableWithoutDefaultNamesVariableAndKey() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).parse("SALESFORCE:\n  PASSWORD: ${SF_PASSWORD}\n", "t"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("`SF_PASSWORD`").hasMessageContaining("`SALESFORCE.PASSWORD`");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dir.resolve("nope.yaml")))
                .hasMessageContaining("nope.yaml").hasMessageContaining("does not exist");
    }

    @Test
    void maxWorkersDefaultsToTen() {
        assertThat(SfstreamConfig.of(Map.of()).maxWorkers()).isEqualTo(10);
        assertThatThrownBy(() -> SfstreamConfig.of(Map.of("max_workers", 0)))
                .hasMessage("`config.max_workers` must be a whole number of at least 1, got '0'");
    }
}
