package dev.sfstream.salesforce.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's Salesforce entrypoints, checked and with their texts resolved.
 *
 * @param name the service name
 * @param streaming the Salesforce entrypoints, in a stable order (method name, then annotation order)
 */
public record StreamingModel(String name, List<StreamingEntrypoint> streaming) {
    public StreamingModel {
        Objects.requireNonNull(name, "name");
        streaming = List.copyOf(streaming);
    }

    /** Every channel to subscribe, each once, sorted. */
    public Set<String> channels() {
        Set<String> channels = new TreeSet<>();
        streaming.forEach(entrypoint -> channels.add(entrypoint.channel()));
        return channels;
    }

    /** The entrypoints that run for a channel. */
    public List<StreamingEntrypoint> entrypointsOn(String channel) {
        return streaming.stream().filter(entrypoint -> entrypoint.channel().equals(channel)).toList();
    }

    /** The PushTopics to declare, each once, in a stable order (by topic name). */
    public List<TopicDeclaration> declarations() {
        return streaming.stream().map(StreamingEntrypoint::declaration).filter(Objects::nonNull)
                .distinct().sorted(Comparator.comparing(TopicDeclaration::name)).toList();
    }
}
