package dev.sfstream.streaming.internal;

import org.cometd.client.BayeuxClient;

/** CometD's back-off between retries of a failed {@code /meta/connect}, using {@link JitteredBackOff}. One per client. */
final class ConnectBackOff implements BayeuxClient.BackOffStrategy {
    private final JitteredBackOff backOff;
    private int failures;
    private long current;

    ConnectBackOff(JitteredBackOff backOff) {
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
