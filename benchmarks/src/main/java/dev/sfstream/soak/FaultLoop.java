package dev.sfstream.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The fault schedule of a soak run: until the run's end, a random gap around the mean interval, then the events in
 * flight are added to the duplicate bound and one fault is injected; resources are sampled along the way.
 */
public final class FaultLoop {
    private final List<ResourceSample> samples = new ArrayList<>();
    private final List<FaultMark> timeline = new ArrayList<>();
    private long duplicateBound;

    /**
     * Runs the schedule from {@code start} ({@link System#nanoTime()}) for the settings' duration.
     *
     * @param inFlight what a correct client may receive twice if a fault hits now
     * @param inject injects one fault and says which
     * @param handled events handled so far, for the samples
     * @param status a progress line's counts after each fault
     */
    public void run(SoakSettings settings, Random random, long start, LongSupplier inFlight, Supplier<FaultKind> inject,
                    LongSupplier handled, Supplier<String> status, Consumer<String> progress) {
        long end = start + settings.duration().toNanos();
        long nextSample = System.nanoTime();
        long sampleEvery = Math.max(TimeUnit.SECONDS.toNanos(2), settings.duration().toNanos() / 60);
        while (System.nanoTime() < end) {
            long gap = (long) (settings.meanFaultInterval().toNanos() * (0.5 + random.nextDouble()));
            Waits.sleepUntil(Math.min(end, System.nanoTime() + gap));
            if (System.nanoTime() >= end || Thread.currentThread().isInterrupted()) {
                break;
            }
            duplicateBound += inFlight.getAsLong();
            FaultKind kind = inject.get();
            timeline.add(new FaultMark(secondsSince(start), kind));
            progress.accept(String.format("%6.1f s  %-21s %s", secondsSince(start), kind, status.get()));
            if (System.nanoTime() >= nextSample) {
                sample(start, handled.getAsLong());
                nextSample = System.nanoTime() + sampleEvery;
            }
        }
    }

    /** Takes one more resource sample (e.g. after the drain). */
    public void sample(long start, long handled) {
        samples.add(ResourceSample.take(secondsSince(start), handled));
    }

    public List<ResourceSample> samples() {
        return List.copyOf(samples);
    }

    public List<FaultMark> timeline() {
        return List.copyOf(timeline);
    }

    /** The sum, over the faults, of the events in flight when each hit. */
    public long duplicateBound() {
        return duplicateBound;
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
