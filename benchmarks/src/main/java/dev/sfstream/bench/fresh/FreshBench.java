package dev.sfstream.bench.fresh;

import dev.sfstream.bench.client.FreshBareClient;
import dev.sfstream.bench.client.RawLongPoll;
import dev.sfstream.bench.emulator.BenchEvents.Kind;
import dev.sfstream.bench.emulator.RemoteEmulator;
import dev.sfstream.bench.service.PlatformEventService;
import dev.sfstream.bench.service.TopicCatchUpService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the fresh-JVM scenarios that were asked for, each against an emulator child of its own that stays up for
 * the whole scenario.
 *
 * @param distribution the CLI distribution {@code sfstream run} is started from
 * @param camel how to start Camel, when it can run here
 * @param redisUri the private Redis for {@code sfstream run}'s replay store
 * @param emulatorHeap the emulator child's {@code -Xmx}
 * @param workDirectory where services' class paths, runs' logs and reports go
 * @param timeout the longest one run may take
 * @param maxMessageBytes the bare client's largest response (sfstream's default)
 * @param progress where a line per run goes
 */
public record FreshBench(Path distribution, Optional<CamelLaunch> camel, String redisUri, String emulatorHeap,
                         Path workDirectory, Duration timeout, int maxMessageBytes, Consumer<String> progress) {

    /** The scenario names. */
    public static final String SERVICE_CATCH_UP = "service-catch-up";
    public static final String PUBSUB_CATCH_UP = "pubsub-catch-up";
    public static final String PUBSUB_LATENCY = "pubsub-latency";

    public FreshBench {
        workDirectory = workDirectory.toAbsolutePath();
        distribution = distribution.toAbsolutePath();
    }

    /**
     * Runs the asked-for scenarios.
     *
     * @param scenarios names of the scenarios to run (others are ignored)
     * @param events retained events replayed in each catch-up run
     * @param rounds runs per client
     * @param rate the latency scenario's events per second
     * @param seconds how long the latency scenario publishes
     * @param warmup unstamped events before the latency measurement
     */
    public FreshResults run(Set<String> scenarios, int events, int rounds, int rate, int seconds, int warmup)
            throws Exception {
        Path serviceClasses = ServiceDirectory.build(workDirectory.resolve("service-classes"));
        FreshScenarios fresh = new FreshScenarios(workDirectory.resolve("runs"), timeout, progress);
        List<FreshRun> service = List.of();
        List<FreshRun> pubSub = List.of();
        List<FreshRun> latency = List.of();
        if (scenarios.contains(SERVICE_CATCH_UP)) {
            List<FreshClient> clients = new ArrayList<>(List.of(
                    new SfstreamRunLaunch("sfstream-run", distribution, List.of(serviceClasses),
                            TopicCatchUpService.class.getName(), redisUri, "cometd"),
                    new HarnessClientLaunch("bare-cometd", FreshBareClient.class, maxMessageBytes)));
            camel.map(c -> c.withProbeClasses(serviceClasses)).ifPresent(clients::add);
            // the floor: what the emulator and loopback alone take
            clients.add(new HarnessClientLaunch("floor-raw-longpoll", RawLongPoll.class, maxMessageBytes));
            try (RemoteEmulator emulator = emulator("service-catch-up")) {
                service = fresh.catchUp(SERVICE_CATCH_UP, emulator, Kind.TOPIC, events, rounds, clients);
            }
        }
        // sfstream-pubsub is in the distribution's lib/, on sfstream run's class path: both transports run on the same one
        List<Path> serviceClassPath = List.of(serviceClasses);
        if (scenarios.contains(PUBSUB_CATCH_UP)) {
            List<FreshClient> clients = List.of(eventService("sfstream-run-cometd", serviceClassPath, "cometd"),
                    eventService("sfstream-run-pubsub", serviceClassPath, "pubsub"));
            try (RemoteEmulator emulator = emulator("pubsub-catch-up")) {
                pubSub = fresh.catchUp(PUBSUB_CATCH_UP, emulator, Kind.EVENT, events, rounds, clients);
            }
        }
        if (scenarios.contains(PUBSUB_LATENCY)) {
            try (RemoteEmulator emulator = emulator("pubsub-latency")) {
                latency = fresh.latency(PUBSUB_LATENCY, emulator, Kind.EVENT, rate, seconds, warmup, 1,
                        List.of(eventService("sfstream-run-pubsub", serviceClassPath, "pubsub"),
                                eventService("sfstream-run-cometd", serviceClassPath, "cometd")));
            }
        }
        return new FreshResults(service, pubSub, latency);
    }

    private SfstreamRunLaunch eventService(String name, List<Path> classPath, String transport) {
        return new SfstreamRunLaunch(name, distribution, classPath, PlatformEventService.class.getName(), redisUri,
                transport);
    }

    private RemoteEmulator emulator(String label) {
        return RemoteEmulator.start(emulatorHeap, workDirectory.resolve("emulator-" + label + ".log"));
    }
}
