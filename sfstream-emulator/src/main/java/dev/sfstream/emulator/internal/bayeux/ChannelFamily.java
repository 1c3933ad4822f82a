package dev.sfstream.emulator.internal.bayeux;

import java.time.Duration;

/** The kinds of Salesforce event channels, with their retention and replay id numbering. */
enum ChannelFamily {
    /** PushTopic events on {@code /topic/...}. */
    PUSH_TOPIC("/topic/", Duration.ofHours(24), 1L),
    /** Generic streaming events on {@code /u/...}. */
    GENERIC("/u/", Duration.ofHours(24), 1L),
    /** Platform events on {@code /event/...}. */
    PLATFORM_EVENT("/event/", Duration.ofHours(72), 3_000_000_001L),
    /** Change Data Capture events on {@code /data/...}. */
    CHANGE_EVENT("/data/", Duration.ofHours(72), 3_000_000_001L);

    private final String prefix;
    private final Duration retention;
    private final long firstReplayId;

    ChannelFamily(String prefix, Duration retention, long firstReplayId) {
        this.prefix = prefix;
        this.retention = retention;
        this.firstReplayId = firstReplayId;
    }

    Duration retention() {
        return retention;
    }

    /** Replay ids of /event and /data start large, to catch clients that assume small numbers. */
    long firstReplayId() {
        return firstReplayId;
    }

    static ChannelFamily of(String channel) {
        for (ChannelFamily family : values()) {
            if (channel.startsWith(family.prefix) && channel.length() > family.prefix.length()) {
                return family;
            }
        }
        throw new IllegalArgumentException("not a Salesforce event channel: '" + channel
                + "' (expected /topic/..., /u/..., /event/... or /data/...)");
    }

    static boolean isEventChannel(String channel) {
        for (ChannelFamily family : values()) {
            if (channel.startsWith(family.prefix) && channel.length() > family.prefix.length()) {
                return true;
            }
        }
        return false;
    }
}
