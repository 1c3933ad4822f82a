package dev.sfstream.bench.scenario;

import dev.sfstream.bench.client.BenchClient;

/** Makes a fresh client of one configuration; the catch-up scenario needs two instances in a row. */
@FunctionalInterface
public interface ClientFactory {
    /** A new client; {@code replayFrom} is the last event the previous instance saw, for clients without a store. */
    BenchClient create(long replayFrom);
}
