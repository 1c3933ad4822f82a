package dev.sfstream.streaming.internal;

import dev.sfstream.failure.BackOff;
import org.cometd.client.BayeuxClient;

/** CometD's back-off between retries of a failed {@code /meta/connect}, using {@link BackOff}. One per client. */
final class ConnectBackOff implements BayeuxClient.BackOffStrategy {
    private final BackOff backOff;
    private int failures;
    private long current;

    ConnectBackOff(BackOff backOff) {
        this.backOff = backOff;
    }

    @Override
    public synchronized long current() {
        return current;
    }

    @Override
    public synchronized long next() {
        failures++;
        current = backOff.delay(failures).toMillis();
        return current;
    }

    @Override
    public synchronized void reset() {
        failures = 0;
        current = 0;
    }
}
