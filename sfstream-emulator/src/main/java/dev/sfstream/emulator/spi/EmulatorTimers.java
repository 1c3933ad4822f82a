package dev.sfstream.emulator.spi;

import java.time.Duration;

/**
 * Bayeux timers: the connect hold, the reconnect window after which a silent session expires, and how
 * often a held connect re-checks its token. Salesforce's values are the defaults; tests shorten them.
 */
public record EmulatorTimers(Duration holdTimeout, Duration reconnectWindow, Duration authRevalidation) {
    public static final EmulatorTimers SALESFORCE =
            new EmulatorTimers(Duration.ofSeconds(110), Duration.ofSeconds(40), Duration.ofSeconds(10));

    public EmulatorTimers {
        requirePositive("holdTimeout", holdTimeout);
        requirePositive("reconnectWindow", reconnectWindow);
        requirePositive("authRevalidation", authRevalidation);
    }

    /** Short timers for tests: 2 s hold, 3 s reconnect window, 100 ms auth re-validation. */
    public static EmulatorTimers fast() {
        return new EmulatorTimers(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(100));
    }

    static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
