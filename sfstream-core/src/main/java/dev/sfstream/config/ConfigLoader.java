package dev.sfstream.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sfstream.config.internal.EnvInterpolator;
import dev.sfstream.internal.json.PlainJson;
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
    private final YAMLFactory yaml = new YAMLFactory();
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
            return interpolator.interpolate(mapping(yamlText, source));
        } catch (IOException invalid) {
            throw new ConfigurationException(source + " is not a valid YAML mapping: " + invalid.getMessage(),
                    invalid);
        }
    }

    /** The document's top-level mapping; an empty one for a document without content. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(String yamlText, String source) throws IOException {
        try (JsonParser parser = yaml.createParser(yamlText)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return new LinkedHashMap<>();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigurationException(source + " is not a valid YAML mapping: its top level is "
                        + (first == JsonToken.START_ARRAY ? "a list" : "a single value") + ", not KEY: value lines");
            }
            return (Map<String, Object>) PlainJson.read(parser);
        }
    }

    private Map<String, Object> parse(InputStream in, String source) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    }
}
