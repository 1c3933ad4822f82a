package dev.sfstream.emulator;

import dev.sfstream.emulator.internal.bayeux.StreamingOptions;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EmulatorTimers;
import dev.sfstream.emulator.spi.PubSubTimers;
import java.util.List;
import java.util.Map;

/** Everything an {@link Emulator.Builder} collected. */
record EmulatorSettings(String host, int port, EmulatorTimers timers, OrgFixture fixture, int queryBatchSize,
                        StreamingOptions streamingOptions, EmulatorClock clock, SessionPolicy sessionPolicy,
                        int pubSubPort, PubSubTimers pubSubTimers,
                        Map<String, Map<String, EventFieldType>> platformEvents,
                        List<ManagedSubscription> managedSubscriptions) {
    EmulatorSettings {
        platformEvents = Map.copyOf(platformEvents);
        managedSubscriptions = List.copyOf(managedSubscriptions);
    }
}
