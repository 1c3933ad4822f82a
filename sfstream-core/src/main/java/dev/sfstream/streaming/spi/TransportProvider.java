package dev.sfstream.streaming.spi;

import dev.sfstream.streaming.internal.Transports;
import java.util.Map;

/**
 * Makes a {@link Transport} other than the built-in CometD one. Found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/dev.sfstream.streaming.spi.TransportProvider}) and chosen by name
 * ({@code SALESFORCE.TRANSPORT}, or per entrypoint).
 */
public interface TransportProvider {
    /** The transport's name, e.g. {@code pubsub}. */
    String name();

    /**
     * Why this transport cannot carry {@code channel} (e.g. Pub/Sub carries no PushTopics), or null when it can.
     */
    String refuses(String channel);

    /** Opens the transport of one session. */
    Transport open(StreamContext context);

    /**
     * This provider with transport-specific settings (e.g. {@code PUBSUB_HOST}, named as the config keys); keys it
     * does not know are ignored. The default has no settings and returns itself.
     *
     * @throws IllegalArgumentException naming the key when a value is not usable
     */
    default TransportProvider configure(Map<String, String> options) {
        return this;
    }

    /**
     * The provider called {@code name} on the class path.
     *
     * @throws IllegalArgumentException naming the transport, the ones available and the module to add
     */
    static TransportProvider named(String name) {
        return Transports.find(name);
    }
}
