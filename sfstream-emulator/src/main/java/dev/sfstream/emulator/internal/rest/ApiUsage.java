package dev.sfstream.emulator.internal.rest;

import java.util.concurrent.atomic.AtomicLong;

/** Counts REST calls against the daily API request allocation reported in {@code Sforce-Limit-Info}. */
public final class ApiUsage {
    private final long dailyMax;
    private final AtomicLong used = new AtomicLong();

    public ApiUsage(long dailyMax) {
        this.dailyMax = dailyMax;
    }

    /** Counts one call; false when the allocation is exhausted. */
    boolean tryCount() {
        return used.incrementAndGet() <= dailyMax;
    }

    long used() {
        return Math.min(used.get(), dailyMax);
    }

    long max() {
        return dailyMax;
    }

    /** The header value, e.g. {@code api-usage=18/15000}. */
    String headerValue() {
        return "api-usage=" + used() + "/" + dailyMax;
    }
}
