package dev.sfstream.cli.replay;

/**
 * One channel's stored replay position as Redis holds it.
 *
 * @param channel the channel
 * @param key the replay key ({@code PREFIX + channel})
 * @param replayId the stored value, as stored (a decimal replay id)
 * @param ttlSeconds how long the key lives on, or -1 without expiry
 * @param owner the service named by the owner key, or null when none is
 * @param ownerAgeSeconds seconds since the owner key was last written (the service's last commit), or -1 unknown
 * @param leaderLease whether the owner holds its leader lease ({@code sfstream:leader:<service>})
 */
record StoredPosition(String channel, String key, String replayId, long ttlSeconds, String owner,
                      long ownerAgeSeconds, boolean leaderLease) {
    /** {@code CHANNEL  REPLAY_ID  owner=SERVICE [leader lease] (last write N s ago)  expires in N s}. */
    String line() {
        String ownerText = owner == null ? "owner=none" : "owner=" + owner + (leaderLease ? " (holds the leader lease)" : "")
                + (ownerAgeSeconds >= 0 ? " last write " + ownerAgeSeconds + " s ago" : "");
        return String.format("%-40s  %-12s  %s  %s", channel, replayId, ownerText,
                ttlSeconds < 0 ? "no expiry" : "expires in " + ttlSeconds + " s");
    }
}
