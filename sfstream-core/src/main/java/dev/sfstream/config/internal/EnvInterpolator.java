package dev.sfstream.config.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sfstream.config.ConfigurationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:default}} in every string of a loaded YAML tree, as Nameko's
 * config loader does. A string that changed is read again as a YAML scalar, so {@code ${REPLAY:true}}
 * becomes a boolean and {@code ${TTL:3600}} a number; anything that would not be a scalar stays text.
 */
public final class EnvInterpolator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}{:]+)(:([^}{]*))?}");

    private final Map<String, String> environment;
    private final YAMLFactory yaml;

    public EnvInterpolator(Map<String, String> environment, YAMLFactory yaml) {
        this.environment = Map.copyOf(environment);
        this.yaml = yaml;
    }

    /** A copy of the tree with every placeholder replaced; {@code path} names the root in error messages. */
    public Map<String, Object> interpolate(Map<String, Object> tree) {
        return interpolateMap(tree, "");
    }

    private Map<String, Object> interpolateMap(Map<String, Object> map, String path) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(key, interpolateValue(value, path.isEmpty() ? key : path + "." + key)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private Object interpolateValue(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return interpolateMap((Map<String, Object>) map, path);
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                result.add(interpolateValue(list.get(i), path + "[" + i + "]"));
            }
            return result;
        }
        if (value instanceof String text) {
            return interpolateString(text, path);
        }
        return value;
    }

    private Object interpolateString(String text, String path) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder replaced = new StringBuilder();
        do {
            String variable = matcher.group(1).trim();
            String value = environment.get(variable);
            if (value == null) {
                if (matcher.group(2) == null) {
                    throw new ConfigurationException("environment variable `" + variable + "` used by `" + path
                            + "` is not set and has no default (write ${" + variable + ":default})");
                }
                value = matcher.group(3);
            }
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
        } while (matcher.find());
        matcher.appendTail(replaced);
        return asScalar(replaced.toString());
    }

    private Object asScalar(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try (JsonParser parser = yaml.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return parser.getBooleanValue();
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getNumberValue();
            }
            return text;
        } catch (IOException notYaml) {
            return text;
        }
    }
}
