package dev.sfstream.soak;

import dev.sfstream.emulator.Emulator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Publishes one event on each channel per tick, at a steady rate, into the emulator and the ledger, until stopped. */
public final class SteadyTraffic implements AutoCloseable {
    private final Thread thread;
    private volatile boolean on = true;

    private SteadyTraffic(Emulator emulator, List<String> channels, int eventsPerSecondPerChannel,
                          DeliveryLedger ledger) {
        thread = new Thread(() -> publish(emulator, channels, eventsPerSecondPerChannel, ledger), "soak-traffic");
    }

    /** Starts publishing {@code eventsPerSecondPerChannel} events a second on each of {@code channels}. */
    public static SteadyTraffic start(Emulator emulator, List<String> channels, int eventsPerSecondPerChannel,
                                      DeliveryLedger ledger) {
        SteadyTraffic traffic = new SteadyTraffic(emulator, channels, eventsPerSecondPerChannel, ledger);
        traffic.thread.start();
        return traffic;
    }

    /** Stops publishing and waits for the last event to be recorded. */
    @Override
    public void close() throws InterruptedException {
        on = false;
        thread.join();
    }

    private void publish(Emulator emulator, List<String> channels, int rate, DeliveryLedger ledger) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        long sequence = 0;
        while (on) {
            sequence++;
            for (String channel : channels) {
                ledger.published(channel, emulator.streaming().publish(channel, SoakChannels.data(channel, sequence)));
            }
            next += interval;
            Waits.sleepUntil(next);
        }
    }
}
