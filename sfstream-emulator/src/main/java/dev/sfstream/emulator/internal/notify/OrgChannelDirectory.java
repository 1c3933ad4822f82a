package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.soql.SoqlParser;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Which channels exist in the org: {@code /topic/{PushTopic Name}} (exact case), {@code /event/X__e},
 * the CDC channels, and {@code /u/...} for each StreamingChannel record; and which fields a filtered
 * {@code /topic/} subscription may name (those of the PushTopic's SELECT list).
 */
public final class OrgChannelDirectory implements ChannelDirectory {
    private final OrgStore store;

    public OrgChannelDirectory(OrgStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> checkSubscription(String channel, Principal user) {
        if (channel == null || channel.isEmpty()) {
            return Optional.of("400::Channel name not specified");
        }
        if (!channel.startsWith("/")) {
            return Optional.of("400::Channel subscriptions must start with a leading '/'");
        }
        if (channel.startsWith("/topic/")) {
            String name = channel.substring("/topic/".length());
            boolean exists = store.list("PushTopic", false).stream().anyMatch(t -> name.equals(t.get("Name")));
            return exists ? Optional.empty() : doesNotExist(channel);
        }
        if (channel.startsWith("/event/")) {
            return isPlatformEvent(channel.substring("/event/".length())) ? Optional.empty() : doesNotExist(channel);
        }
        if (channel.startsWith("/data/")) {
            return isChangeEventChannel(channel.substring("/data/".length())) ? Optional.empty()
                    : doesNotExist(channel);
        }
        if (channel.startsWith("/u/")) {
            return genericChannel(channel);
        }
        return doesNotExist(channel);
    }

    @Override
    public Optional<Set<String>> filterableFields(String channel) {
        if (channel == null || !channel.startsWith("/topic/")) {
            return Optional.empty();
        }
        String name = channel.substring("/topic/".length());
        return store.list("PushTopic", false).stream()
                .filter(topic -> name.equals(topic.get("Name")))
                .findFirst()
                .map(topic -> topic.get("Query"))
                .filter(String.class::isInstance)
                // The Query was validated when the PushTopic was saved, so it parses.
                .map(query -> Set.copyOf(SoqlParser.parse((String) query).selectFields()));
    }

    private boolean isPlatformEvent(String name) {
        return store.catalog().find(name).map(s -> s.kind() == SObjectKind.PLATFORM_EVENT).orElse(false);
    }

    private boolean isChangeEventChannel(String name) {
        if (name.equals("ChangeEvents") || name.endsWith("__chn")) {
            return true;
        }
        if (name.endsWith("__ChangeEvent")) {
            String object = name.substring(0, name.length() - "ChangeEvent".length()) + "c";
            return store.catalog().find(object).isPresent();
        }
        if (name.endsWith("ChangeEvent")) {
            String object = name.substring(0, name.length() - "ChangeEvent".length());
            Optional<SObjectSchema> schema = store.catalog().find(object);
            return schema.map(s -> s.kind() == SObjectKind.STANDARD && s.name().equals(object)).orElse(false);
        }
        return false;
    }

    private Optional<String> genericChannel(String channel) {
        for (StoredRecord record : store.list("StreamingChannel", false)) {
            Object name = record.get("Name");
            if (channel.equals(name)) {
                return Optional.empty();
            }
            if (channel.equalsIgnoreCase(String.valueOf(name))) {
                return Optional.of("404::channel names may not vary only by case");
            }
        }
        return Optional.of("404::Unknown channel");
    }

    private static Optional<String> doesNotExist(String channel) {
        return Optional.of("400::The channel you requested to subscribe to does not exist {" + channel + "}");
    }
}
