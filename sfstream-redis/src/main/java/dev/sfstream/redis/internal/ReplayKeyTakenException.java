package dev.sfstream.redis.internal;

import dev.sfstream.config.ConfigurationException;

/** Another service already stores its replay position under a key this service would use. */
public final class ReplayKeyTakenException extends ConfigurationException {
    public ReplayKeyTakenException(String serviceName, String owner, String replayKey, String ownerKey) {
        super("service " + serviceName + " cannot store its replay ids under `" + replayKey + "`: service " + owner
                + " stores its position there (owner key `" + ownerKey + "`). Give one of them a key prefix of its "
                + "own with `SALESFORCE.PUSHTOPIC_REPLAY_KEY_PREFIX` (e.g. `" + serviceName + ":replay_id:`), or "
                + "delete `" + ownerKey + "` if service " + owner + " no longer runs");
    }
}
