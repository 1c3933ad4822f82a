package dev.sfstream.emulator.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /services/data/} (versions 20.0 to 65.0) and the resource map of one version. */
final class ApiVersions {
    static final int OLDEST = 20;
    static final int NEWEST = 65;
    private static final String[] SEASONS = {"Winter", "Spring", "Summer"};

    private ApiVersions() {
    }

    static boolean supported(String version) {
        try {
            double v = Double.parseDouble(version);
            return v >= OLDEST && v <= NEWEST && version.matches("\\d+\\.0");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<Map<String, Object>> list() {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (int v = OLDEST; v <= NEWEST; v++) {
            int index = v - OLDEST;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", SEASONS[index % 3] + " '" + (11 + index / 3));
            entry.put("url", "/services/data/v" + v + ".0");
            entry.put("version", v + ".0");
            versions.add(entry);
        }
        return versions;
    }

    static Map<String, Object> resources(String version) {
        Map<String, Object> resources = new LinkedHashMap<>();
        for (String name : List.of("sobjects", "query", "queryAll", "composite", "limits")) {
            resources.put(name, "/services/data/v" + version + "/" + name);
        }
        return resources;
    }
}
