package dev.sfstream.bench.fresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What Linux reports of a running process in {@code /proc}: context switches and peak resident memory. The
 * switch counts of {@code /proc/PID/status} are those of the main thread alone, so a process's are summed over
 * {@code /proc/PID/task/TID/status} (threads that already ended are not counted); {@code VmHWM} is the process's.
 *
 * @param voluntarySwitches {@code voluntary_ctxt_switches}: the thread gave up the CPU (waited, parked, blocked)
 * @param involuntarySwitches {@code nonvoluntary_ctxt_switches}: the scheduler took the CPU away
 * @param peakRssKiB {@code VmHWM}, the highest resident set size, in KiB (0 for a thread's file)
 */
public record ProcStatus(long voluntarySwitches, long involuntarySwitches, long peakRssKiB) {

    /** Both kinds of context switches. */
    public long switches() {
        return voluntarySwitches + involuntarySwitches;
    }

    /** Reads one {@code status} file's text; a field that is missing reads as 0. */
    public static ProcStatus parse(String statusText) {
        long voluntary = 0;
        long involuntary = 0;
        long hwm = 0;
        for (String line : statusText.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            switch (key) {
                case "voluntary_ctxt_switches" -> voluntary = number(line, colon);
                case "nonvoluntary_ctxt_switches" -> involuntary = number(line, colon);
                case "VmHWM" -> hwm = number(line, colon);
                default -> { }
            }
        }
        return new ProcStatus(voluntary, involuntary, hwm);
    }

    /**
     * A live process: switches summed over its threads, peak RSS of the process.
     *
     * @param proc the proc file system's root, {@code /proc}
     * @throws IllegalStateException naming the process when it is gone or {@code /proc} cannot be read
     */
    public static ProcStatus of(Path proc, long pid) {
        Path process = proc.resolve(Long.toString(pid));
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            long voluntary = 0;
            long involuntary = 0;
            for (Path task : tasks.toList()) {
                try {
                    ProcStatus thread = parse(Files.readString(task.resolve("status")));
                    voluntary += thread.voluntarySwitches();
                    involuntary += thread.involuntarySwitches();
                } catch (NoSuchFileException ended) {
                    // The thread ended between listing and reading.
                }
            }
            long hwm = parse(Files.readString(process.resolve("status"))).peakRssKiB();
            return new ProcStatus(voluntary, involuntary, hwm);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + process + " (has process " + pid + " ended?): "
                    + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("cannot read " + process + ": " + e.getMessage(), e);
        }
    }

    private static long number(String line, int colon) {
        String value = line.substring(colon + 1).trim();
        int space = value.indexOf(' ');
        return Long.parseLong(space < 0 ? value : value.substring(0, space));
    }
}
