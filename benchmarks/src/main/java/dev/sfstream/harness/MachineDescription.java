package dev.sfstream.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a result was measured on, recorded next to it because absolute numbers mean nothing without it.
 *
 * @param cores processors available to the JVM
 * @param memoryMiB physical memory of the machine
 * @param maxHeapMiB the JVM's maximum heap
 * @param cpuModel the CPU's model name, when the OS tells
 * @param jvm vendor, name and version of the JVM
 * @param os name, version and architecture of the OS
 * @param loadAverage the one-minute load average when the run started
 */
public record MachineDescription(int cores, long memoryMiB, long maxHeapMiB, String cpuModel, String jvm,
                                 String os, double loadAverage) {

    /** Describes the machine this JVM runs on. */
    public static MachineDescription current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new MachineDescription(Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                readCpuModel().orElse("unknown"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                os.getSystemLoadAverage());
    }

    /** One line for a report header. */
    public String summary() {
        return cores + " cores (" + cpuModel + "), " + memoryMiB + " MiB RAM, max heap " + maxHeapMiB + " MiB, "
                + jvm + ", " + os + String.format(", load average %.2f at start", loadAverage);
    }

    private static Optional<String> readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
