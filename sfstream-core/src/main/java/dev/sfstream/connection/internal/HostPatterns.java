package dev.sfstream.connection.internal;

import java.util.List;
import java.util.Locale;

/**
 * Host patterns as in the JDK's {@code http.nonProxyHosts}: an exact host, or one with {@code *} at its
 * start or end ({@code *.example.com}, {@code 10.*}), compared without regard to case.
 */
record HostPatterns(List<String> patterns) {
    /** The JDK's hosts that bypass a proxy when {@code http.nonProxyHosts} is unset: loopback. */
    static final HostPatterns JDK_DEFAULT = parse("localhost|127.*|[::1]|0.0.0.0|[::0]");
    static final HostPatterns NONE = new HostPatterns(List.of());

    HostPatterns {
        patterns = patterns.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    /** Patterns separated by {@code |} or {@code ,}. */
    static HostPatterns parse(String text) {
        return new HostPatterns(List.of(text.split("[|,]")));
    }

    boolean matches(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        return patterns.stream().anyMatch(pattern -> matches(pattern, name) || matches(pattern, bare));
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return host.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return host.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return host.equals(pattern);
    }
}
