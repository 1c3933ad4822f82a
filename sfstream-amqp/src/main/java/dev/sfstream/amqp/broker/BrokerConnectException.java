package dev.sfstream.amqp.broker;

import dev.sfstream.amqp.broker.internal.ConnectFailures;
import java.io.IOException;

/**
 * The broker named by {@code AMQP_URI} could not be reached or refused the connection. The one-line
 * message names {@code AMQP_URI}, shows the URI without its password and says what went wrong.
 */
public final class BrokerConnectException extends IOException {
    BrokerConnectException(AmqpUri uri, Exception failure) {
        super("cannot connect to the broker of AMQP_URI " + uri + ": " + ConnectFailures.explain(uri, failure),
                failure);
    }
}
