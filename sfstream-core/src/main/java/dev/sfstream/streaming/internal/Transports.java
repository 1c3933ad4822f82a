package dev.sfstream.streaming.internal;

import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.spi.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a transport other than CometD by name, among the providers on the class path. */
public final class Transports {
    private Transports() {
    }

    /**
     * The provider called {@code name}.
     *
     * @throws IllegalArgumentException naming the transport, the ones available and the module to add
     */
    public static TransportProvider find(String name) {
        List<String> known = new ArrayList<>(List.of(StreamingSession.COMETD));
        for (TransportProvider provider : ServiceLoader.load(TransportProvider.class)) {
            if (provider.name().equalsIgnoreCase(name)) {
                return provider;
            }
            known.add(provider.name());
        }
        throw new IllegalArgumentException("no streaming transport '" + name + "' on the class path (available: "
                + String.join(", ", known) + ")" + ("pubsub".equalsIgnoreCase(name)
                ? "; add the dev.sfstream:sfstream-pubsub module" : ""));
    }
}
