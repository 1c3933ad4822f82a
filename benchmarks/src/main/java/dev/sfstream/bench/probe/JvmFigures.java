package dev.sfstream.bench.probe;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * This JVM's own counters at one moment: process CPU time, bytes allocated (summed over the threads alive at that
 * moment, so threads that ended before are not counted) and garbage collections.
 *
 * @param cpuNanos CPU time of the whole process so far
 * @param allocatedBytes bytes allocated by the live threads since each started
 * @param gcCount collections so far
 * @param gcMillis time spent in collections so far
 */
public record JvmFigures(long cpuNanos, long allocatedBytes, long gcCount, long gcMillis) {

    /** The counters now. */
    public static JvmFigures now() {
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
        return new JvmFigures(os.getProcessCpuTime(), allocated, count, millis);
    }
}
