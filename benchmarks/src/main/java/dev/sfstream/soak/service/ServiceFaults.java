package dev.sfstream.soak.service;

import dev.sfstream.harness.PrivateRedis;
import dev.sfstream.soak.ControlApi;
import dev.sfstream.soak.FaultInjector;
import dev.sfstream.soak.FaultKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole-service soak's faults: every fault of the streaming soak (Salesforce's, the Pub/Sub API's, a Redis
 * restart), plus broker loss and an emulator restart, which cut relays and restore them later in the background
 * while other faults go on.
 */
public final class ServiceFaults implements AutoCloseable {
    private static final Duration SHORTEST_OUTAGE = Duration.ofMillis(500);
    private static final Duration LONGEST_EMULATOR_OUTAGE = Duration.ofSeconds(5);

    private final FaultInjector salesforce;
    private final ControlApi control;
    private final Relays relays;
    private final Random random;
    private final Duration longestBrokerOutage;
    private final List<FaultKind> kinds;
    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);
    private final ScheduledExecutorService restorer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, TcpRelay.THREAD_PREFIX + "-restore");
        thread.setDaemon(true);
        return thread;
    });
    private long brokerCuts;
    private long emulatorCuts;

    /** {@code redis} may be null: then Redis is never restarted. */
    public ServiceFaults(ControlApi control, PrivateRedis redis, Relays relays, Random random,
                         Duration longestBrokerOutage) {
        this.control = control;
        this.relays = relays;
        this.random = random;
        this.longestBrokerOutage = longestBrokerOutage;
        this.salesforce = new FaultInjector(control, redis, random, List.of(FaultKind.values()));
        List<FaultKind> all = new java.util.ArrayList<>(List.of(FaultKind.values()));
        if (redis == null) {
            all.remove(FaultKind.REDIS_RESTART);
        }
        this.kinds = List.copyOf(all);
    }

    /** Injects a random fault and returns which. */
    public synchronized FaultKind injectRandom() {
        FaultKind kind = kinds.get(random.nextInt(kinds.size()));
        switch (kind) {
            case BROKER_LOSS -> cutBroker();
            case EMULATOR_RESTART -> restartEmulator();
            default -> salesforce.inject(kind);
        }
        injected.merge(kind, 1, Integer::sum);
        return kind;
    }

    /** How many faults of each kind were injected. */
    public synchronized Map<FaultKind, Integer> injected() {
        return Map.copyOf(injected);
    }

    /** Ends every outage now and clears the emulator's armed faults, so that the run can drain. */
    public synchronized void clear() {
        brokerCuts++;
        emulatorCuts++;
        relays.broker().restore();
        relays.emulatorHttp().restore();
        relays.emulatorPubSub().restore();
        control.clearFaults();
        control.post("pubsub/faults/clear", "{}");
    }

    @Override
    public void close() {
        restorer.shutdownNow();
    }

    private void cutBroker() {
        long cut = ++brokerCuts;
        relays.broker().cut();
        restoreLater(randomBetween(SHORTEST_OUTAGE, longestBrokerOutage), () -> {
            if (cut == brokerCuts) {
                relays.broker().restore();
            }
        });
    }

    /**
     * The emulator cannot be stopped and started again with its retained events (a stopped {@code Emulator} cannot
     * start again, and its event store lives in the instance), so a restart is: both its ports unreachable, its
     * CometD sessions and Pub/Sub streams dropped and every token revoked, then reachable again with its org and
     * events, as a Salesforce instance comes back after a restart.
     */
    private void restartEmulator() {
        long cut = ++emulatorCuts;
        relays.emulatorHttp().cut();
        relays.emulatorPubSub().cut();
        control.post("sessions/drop", "{}");
        control.post("tokens/revoke", "{}");
        restoreLater(randomBetween(SHORTEST_OUTAGE, LONGEST_EMULATOR_OUTAGE), () -> {
            if (cut == emulatorCuts) {
                relays.emulatorHttp().restore();
                relays.emulatorPubSub().restore();
            }
        });
    }

    private void restoreLater(Duration after, Runnable restore) {
        restorer.schedule(() -> {
            synchronized (this) {
                restore.run();
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Duration randomBetween(Duration shortest, Duration longest) {
        long span = Math.max(0, longest.toMillis() - shortest.toMillis());
        return shortest.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * span));
    }
}
