package dev.sfstream.emulator.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The emulator's clock: the system clock plus an offset that the control API can advance. */
public final class EmulatorClock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public EmulatorClock(Clock base) {
        this.base = base;
    }

    public static EmulatorClock system() {
        return new EmulatorClock(Clock.systemUTC());
    }

    public Instant now() {
        return base.instant().plus(offset.get());
    }

    public long millis() {
        return now().toEpochMilli();
    }

    /** Moves the clock forward; a negative duration is rejected. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the emulator clock only moves forward, not by " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
    }
}
