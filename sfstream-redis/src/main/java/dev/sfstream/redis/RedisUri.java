package dev.sfstream.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * A parsed {@code PUSHTOPIC_REPLAY_REDIS_URI}: {@code redis://[user:password@]host:port/db} (or
 * {@code rediss://} for TLS). {@link #toString()} and every error show host, port and db only, never the password.
 */
public final class RedisUri {
    /** How long to wait for Redis to connect or answer before a call fails, so an outage never stalls streaming. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final URI uri;

    private RedisUri(URI uri) {
        this.uri = uri;
    }

    /** Parses a Redis URI; the error names the config key and shows the value without its password. */
    public static RedisUri parse(String value) {
        Objects.requireNonNull(value, "PUSHTOPIC_REPLAY_REDIS_URI");
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException bad) {
            throw new IllegalArgumentException("PUSHTOPIC_REPLAY_REDIS_URI is not a URI: " + masked(value), bad);
        }
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("PUSHTOPIC_REPLAY_REDIS_URI must start with redis:// or rediss://, got "
                    + masked(value));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("PUSHTOPIC_REPLAY_REDIS_URI has no host: " + masked(value));
        }
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/") && !path.substring(1).matches("\\d+")) {
            throw new IllegalArgumentException("PUSHTOPIC_REPLAY_REDIS_URI must end with a database number "
                    + "(redis://host:port/db), got " + masked(value));
        }
        return new RedisUri(uri);
    }

    public String host() {
        return uri.getHost();
    }

    /** The port, 6379 when none is given. */
    public int port() {
        return uri.getPort() < 0 ? 6379 : uri.getPort();
    }

    /** The database number, 0 when none is given. */
    public int database() {
        String path = uri.getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }

    /** Opens a connection pool; the caller closes it. */
    public JedisPool openPool() {
        GenericObjectPoolConfig<Jedis> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(8);
        config.setJmxEnabled(false);
        URI withPort = uri.getPort() < 0 ? withDefaultPort() : uri;
        return new JedisPool(config, withPort, (int) DEFAULT_TIMEOUT.toMillis());
    }

    private URI withDefaultPort() {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), 6379, uri.getPath(), null, null);
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return uri.getScheme() + "://" + host() + ":" + port() + "/" + database();
    }

    private static String masked(String value) {
        return value.replaceAll("//[^@/]*@", "//***@");
    }
}
