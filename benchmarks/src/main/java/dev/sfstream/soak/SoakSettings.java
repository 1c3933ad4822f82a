package dev.sfstream.soak;

import java.time.Duration;

/**
 * Parameters of a soak run.
 *
 * @param duration how long traffic and faults go on
 * @param eventsPerSecondPerChannel publish rate on each of the three channels
 * @param meanFaultInterval average time between two injected faults (the actual gap is random around it)
 * @param drainTimeout how long, after traffic stops, every event may take to be handled or dead-lettered
 * @param restartRedis whether the fault mix includes restarting the private Redis
 * @param seed the random seed, so that a failing run can be replayed
 */
public record SoakSettings(Duration duration, int eventsPerSecondPerChannel, Duration meanFaultInterval,
                           Duration drainTimeout, boolean restartRedis, long seed) {
    public SoakSettings {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("soak duration must be positive, got " + duration);
        }
        if (eventsPerSecondPerChannel < 1 || eventsPerSecondPerChannel > 1000) {
            throw new IllegalArgumentException("soak rate must be 1..1000 events/s per channel, got "
                    + eventsPerSecondPerChannel);
        }
        if (meanFaultInterval == null || meanFaultInterval.toMillis() < 100) {
            throw new IllegalArgumentException("soak fault interval must be at least 100 ms, got " + meanFaultInterval);
        }
    }
}
