package dev.sfstream.bench.fresh;

/**
 * One client process's run: the figures its probe wrote and what {@code /proc} showed after its last event.
 *
 * @param client the client's name
 * @param round the round it ran in (0-based)
 * @param events events counted
 * @param receiveSeconds from the first to the last event at a handler
 * @param eventsPerSecond events over the receive time
 * @param startToFirstSeconds from the harness spawning the process to the first event at a handler
 * @param cpuSeconds process CPU time from its start to the last event
 * @param allocatedBytesPerEvent bytes allocated between the first and the last event, per event
 * @param voluntarySwitches voluntary context switches of the process's live threads after the last event
 * @param involuntarySwitches involuntary context switches, likewise
 * @param peakRssMiB {@code VmHWM} after the last event
 * @param gcCount collections up to the last event
 * @param latencyP50Millis median publish-to-handler latency of stamped events, or NaN when not measured
 * @param latencyP99Millis 99th percentile, or NaN
 * @param loadAverage the machine's one-minute load average after the last event (other work on the machine
 *     shows here: a run on a busy machine is slower)
 */
public record FreshRun(String client, int round, long events, double receiveSeconds, double eventsPerSecond,
                       double startToFirstSeconds, double cpuSeconds, double allocatedBytesPerEvent,
                       long voluntarySwitches, long involuntarySwitches, double peakRssMiB, long gcCount,
                       double latencyP50Millis, double latencyP99Millis, double loadAverage) {

    /** Combines a probe report with the process's {@code /proc} figures. */
    public static FreshRun of(String client, int round, long spawnMicros, ProbeReport probe, ProcStatus proc,
                              double loadAverage) {
        double receive = (probe.lastEventMicros() - probe.firstEventMicros()) / 1e6;
        return new FreshRun(client, round, probe.events(), receive, receive > 0 ? probe.events() / receive : Double.NaN,
                (probe.firstEventMicros() - spawnMicros) / 1e6, probe.cpuNanos() / 1e9,
                (probe.allocatedBytes() - probe.allocatedBytesAtFirst()) / (double) Math.max(1, probe.events()),
                proc.voluntarySwitches(), proc.involuntarySwitches(), proc.peakRssKiB() / 1024.0, probe.gcCount(),
                probe.latencyP50Micros() < 0 ? Double.NaN : probe.latencyP50Micros() / 1000.0,
                probe.latencyP99Micros() < 0 ? Double.NaN : probe.latencyP99Micros() / 1000.0, loadAverage);
    }

    /** Both kinds of context switches. */
    public long switches() {
        return voluntarySwitches + involuntarySwitches;
    }
}
