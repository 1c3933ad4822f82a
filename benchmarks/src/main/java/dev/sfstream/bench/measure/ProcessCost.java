package dev.sfstream.bench.measure;

import dev.sfstream.bench.probe.JvmFigures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * A snapshot of this JVM's CPU time, allocated bytes (summed over live threads) and GC work. The benchmark JVM
 * holds only the client under test (the emulator runs in a child JVM), so deltas are the client's cost.
 *
 * @param cpuNanos CPU time of the process
 * @param allocatedBytes bytes allocated by the threads alive at the snapshot, since each started
 * @param gcCount collections so far
 * @param gcMillis time spent in collections so far
 */
public record ProcessCost(long cpuNanos, long allocatedBytes, long gcCount, long gcMillis) {

    public static ProcessCost now() {
        JvmFigures figures = JvmFigures.now();
        return new ProcessCost(figures.cpuNanos(), figures.allocatedBytes(), figures.gcCount(), figures.gcMillis());
    }

    /** The cost between {@code before} and this snapshot, per event. */
    public CostPerEvent since(ProcessCost before, long events) {
        long n = Math.max(1, events);
        return new CostPerEvent((allocatedBytes - before.allocatedBytes) / (double) n,
                (cpuNanos - before.cpuNanos) / 1000.0 / n, gcCount - before.gcCount, gcMillis - before.gcMillis);
    }

    /** Heap in use after a full collection, in MiB. */
    public static double heapAfterGcMiB() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / (1024.0 * 1024.0);
    }

    /**
     * Cost of each event.
     *
     * @param allocatedBytes bytes allocated per event
     * @param cpuMicros CPU time per event, in microseconds
     * @param gcCount collections during the measurement
     * @param gcMillis collection time during the measurement
     */
    public record CostPerEvent(double allocatedBytes, double cpuMicros, long gcCount, long gcMillis) {
    }
}
