package dev.sfstream.redis.internal;

import java.time.Duration;
import java.util.Collection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/**
 * Keeps two services from silently sharing a stored replay position. The replay keys stay the original's
 * (so a Python service and a Java one hand over in both directions); beside each, key
 * {@code sfstream:replay_owner:<replay key>} names the service that stores its position there, with the same
 * TTL, renewed on every write. A service that finds another's name there is refused at start.
 */
public final class ReplayKeyOwners {
    /** Prefix of the owner keys. */
    public static final String OWNER_PREFIX = "sfstream:replay_owner:";

    private final String serviceName;
    private final Duration ttl;

    public ReplayKeyOwners(String serviceName, Duration ttl) {
        this.serviceName = serviceName;
        this.ttl = ttl;
    }

    /** The service that claims the keys. */
    public String serviceName() {
        return serviceName;
    }

    /** The owner key of a replay key. */
    public static String ownerKeyOf(String replayKey) {
        return OWNER_PREFIX + replayKey;
    }

    /**
     * Claims each replay key for this service, or throws naming the service that holds one.
     *
     * @throws ReplayKeyTakenException when another service owns one of the keys
     */
    public void claim(Jedis jedis, Collection<String> replayKeys) {
        for (String replayKey : replayKeys) {
            String ownerKey = ownerKeyOf(replayKey);
            String set = jedis.set(ownerKey, serviceName, SetParams.setParams().nx().ex(ttl.getSeconds()));
            if (set != null) {
                continue;
            }
            String owner = jedis.get(ownerKey);
            if (owner != null && !owner.equals(serviceName)) {
                throw new ReplayKeyTakenException(serviceName, owner, replayKey, ownerKey);
            }
            jedis.set(ownerKey, serviceName, SetParams.setParams().ex(ttl.getSeconds()));
        }
    }

    @Override
    public String toString() {
        return "owned by " + serviceName;
    }
}
