package dev.sfstream.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
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
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            allocated += Math.max(0, bytes);
        }
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new ProcessCost(os.getProcessCpuTime(), allocated, count, millis);
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
