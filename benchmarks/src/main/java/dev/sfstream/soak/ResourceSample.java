package dev.sfstream.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * This JVM's resources at one moment.
 *
 * @param atSeconds seconds since the run started
 * @param heapMiB heap in use after a full collection
 * @param threads live threads
 * @param sockets open socket file descriptors (client and in-process emulator ends), -1 where /proc is missing
 * @param handled events handled so far
 */
public record ResourceSample(double atSeconds, double heapMiB, int threads, int sockets, long handled) {

    public static ResourceSample take(double atSeconds, long handled) {
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new ResourceSample(atSeconds, heap, ManagementFactory.getThreadMXBean().getThreadCount(), openSockets(),
                handled);
    }

    /** Open sockets of this process, from /proc/self/fd. */
    public static int openSockets() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        int count = 0;
        try (Stream<Path> entries = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) entries::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        count++;
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor was closed while listing.
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return count;
    }
}
