package dev.sfstream.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sfstream.config.internal.EnvInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a YAML configuration file into a plain map, replacing {@code ${ENV_VAR}} and
 * {@code ${ENV_VAR:default}} from the given environment.
 */
public final class ConfigLoader {
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final EnvInterpolator interpolator;

    /** A loader that reads variables from {@code environment}. */
    public ConfigLoader(Map<String, String> environment) {
        this.interpolator = new EnvInterpolator(environment, yaml);
    }

    /** A loader that reads variables from the process environment. */
    public static ConfigLoader fromProcessEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /**
     * Loads and interpolates a YAML file.
     *
     * @throws ConfigurationException naming the file when it is missing or not a YAML mapping
     */
    public Map<String, Object> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException missing) {
            throw new ConfigurationException("config file " + file + " does not exist");
        } catch (IOException unreadable) {
            throw new ConfigurationException("cannot read config file " + file + ": " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /** Loads and interpolates YAML text; {@code source} names it in error messages. */
    public Map<String, Object> parse(String yamlText, String source) {
        try {
            Map<String, Object> tree = yaml.readValue(yamlText, TREE);
            return interpolator.interpolate(tree == null ? new LinkedHashMap<>() : tree);
        } catch (IOException invalid) {
            throw new ConfigurationException(source + " is not a valid YAML mapping: " + invalid.getMessage(),
                    invalid);
        }
    }

    private Map<String, Object> parse(InputStream in, String source) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    }
}
