package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.spi.AccessTokens;
import dev.sfstream.emulator.spi.ChannelDirectory;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EventLog;
import dev.sfstream.emulator.spi.PubSubTimers;
import dev.sfstream.emulator.spi.StreamingBus;
import java.util.concurrent.ScheduledExecutorService;

/** The emulator parts the Pub/Sub calls share: the one event store and bus, definitions, auth, faults, timers, managed subscriptions. */
record ServerParts(String orgId, AccessTokens tokens, ChannelDirectory channels, EventLog log, StreamingBus bus,
                   EventDefinitions definitions, PubSubFaults faults, PubSubTimers timers, EmulatorClock clock,
                   ScheduledExecutorService scheduler, OpenStreams streams,
                   ManagedSubscriptions managed) {
}
