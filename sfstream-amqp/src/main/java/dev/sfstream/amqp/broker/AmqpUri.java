package dev.sfstream.amqp.broker;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A broker address as Nameko writes it in {@code AMQP_URI}, for example
 * {@code pyamqp://guest:guest@localhost:5672/} (kombu semantics: the path is the URL-decoded vhost,
 * an empty path means {@code /}, missing credentials mean {@code guest}).
 *
 * @param tls whether to connect over TLS ({@code amqps://}, {@code pyamqps://} or {@code ?ssl=true})
 * @param host broker host, {@code localhost} when absent
 * @param port broker port, 5672 (5671 with TLS) when absent
 * @param username user name
 * @param password password; never printed by {@link #toString()}
 * @param virtualHost the vhost
 * @param heartbeatSeconds heartbeat from the {@code heartbeat} query parameter, or {@code null}
 */
public record AmqpUri(boolean tls, String host, int port, String username, String password,
                      String virtualHost, Integer heartbeatSeconds) {
    private static final Set<String> PLAIN_SCHEMES = Set.of("amqp", "pyamqp");
    private static final Set<String> TLS_SCHEMES = Set.of("amqps", "pyamqps");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@]*:)[^@]*@");
    private static final String KEY = "AMQP_URI";

    /** Parses a Nameko {@code AMQP_URI}; errors name the key and show the URI without its password. */
    public static AmqpUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(KEY + " is missing or empty");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a valid URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!PLAIN_SCHEMES.contains(scheme) && !TLS_SCHEMES.contains(scheme)) {
            throw invalid(text, "the scheme must be one of amqp, pyamqp, amqps, pyamqps");
        }
        if (uri.getRawAuthority() != null && uri.getHost() == null) {
            throw invalid(text, "the host name is malformed");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String[] credentials = credentials(uri.getRawUserInfo());
        boolean tls = TLS_SCHEMES.contains(scheme);
        Integer heartbeat = null;
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
                String value = pair.contains("=") ? decode(pair.substring(pair.indexOf('=') + 1)) : "";
                switch (name) {
                    case "heartbeat" -> heartbeat = queryInt(text, name, value);
                    case "ssl" -> tls = tls || queryBoolean(text, name, value);
                    default -> throw invalid(text, "the query parameter '" + name
                            + "' is not supported (supported: heartbeat, ssl)");
                }
            }
        }
        int port = uri.getPort() == -1 ? (tls ? 5671 : 5672) : uri.getPort();
        return new AmqpUri(tls, host, port, credentials[0], credentials[1], virtualHost(uri.getRawPath()),
                heartbeat);
    }

    /** The URI with the password replaced by {@code ****}, safe for logs and error messages. */
    public static String redact(String text) {
        return text == null ? null : USER_INFO_PASSWORD.matcher(text).replaceFirst("$1****@");
    }

    @Override
    public String toString() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "amqps" : "amqp") + "://" + username + ":****@" + shownHost + ":" + port + "/"
                + (virtualHost.equals("/") ? "" : virtualHost);
    }

    private static String[] credentials(String rawUserInfo) {
        if (rawUserInfo == null) {
            return new String[] {"guest", "guest"};
        }
        int colon = rawUserInfo.indexOf(':');
        if (colon < 0) {
            return new String[] {decode(rawUserInfo), "guest"};
        }
        return new String[] {decode(rawUserInfo.substring(0, colon)), decode(rawUserInfo.substring(colon + 1))};
    }

    /** kombu drops one leading slash and URL-decodes the rest; nothing left means the default vhost. */
    private static String virtualHost(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.isEmpty() ? "/" : decode(path);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static int queryInt(String text, String name, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw invalid(text, "the query parameter '" + name + "' must be a non-negative integer, got '"
                + value + "'");
    }

    private static boolean queryBoolean(String text, String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw invalid(text, "the query parameter '" + name + "' must be true or false, got '"
                    + value + "'");
        };
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException(KEY + " '" + redact(text) + "' is invalid: " + why);
    }
}
