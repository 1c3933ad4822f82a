package dev.sfstream.streaming.spi;

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
}
