package dev.sfstream.emulator.spi;

import java.util.Set;

/**
 * The outcome of a per-user publish: the replay id given to the event and the users subscribed to its
 * channel when it was published (all of them, addressed or not; 18-character ids).
 */
public record UserPush(long replayId, Set<String> subscribedUserIds) {
    public UserPush {
        subscribedUserIds = Set.copyOf(subscribedUserIds);
    }
}
