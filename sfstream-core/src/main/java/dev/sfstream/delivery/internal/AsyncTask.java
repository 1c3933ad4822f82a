package dev.sfstream.delivery.internal;

/** Work that reports its own end, which may come later and on another thread (e.g. after a scheduled retry). */
@FunctionalInterface
interface AsyncTask {
    /** Starts the work; {@code done} must be run exactly once when it ends, unless the pipeline is aborted. */
    void start(Runnable done);
}
