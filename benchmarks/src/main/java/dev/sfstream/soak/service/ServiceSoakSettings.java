package dev.sfstream.soak.service;

import dev.sfstream.soak.SoakSettings;
import java.net.URI;
import java.time.Duration;

/**
 * Parameters of a whole-service soak run.
 *
 * @param soak duration, rate per channel, mean fault interval, drain timeout, Redis restarts and seed
 * @param broker the RabbitMQ the service dispatches to (through a relay) and the soak's queue reads from
 * @param longestBrokerOutage the longest a broker loss lasts (each lasts between 0.5 s and this, at random)
 */
public record ServiceSoakSettings(SoakSettings soak, URI broker, Duration longestBrokerOutage) {
    /** RabbitMQ on loopback with its default user, as {@code scripts/services} starts it. */
    public static final URI LOCAL_BROKER = URI.create("amqp://guest:guest@127.0.0.1:5672/");

    public ServiceSoakSettings {
        if (soak == null) {
            throw new IllegalArgumentException("soak settings are required");
        }
        if (broker == null || broker.getHost() == null || broker.getPort() < 1 || broker.getRawUserInfo() == null) {
            throw new IllegalArgumentException("the soak's broker must be an amqp://user:password@host:port/ URI with"
                    + " a port, got " + (broker == null ? null : broker.getHost() + ":" + broker.getPort()));
        }
        if (longestBrokerOutage == null || longestBrokerOutage.toMillis() < 500) {
            throw new IllegalArgumentException("the longest broker outage must be at least 500 ms, got "
                    + longestBrokerOutage);
        }
    }
}
