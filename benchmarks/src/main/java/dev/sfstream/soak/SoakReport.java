package dev.sfstream.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a soak run and its verdict.
 *
 * @param settings the run's parameters
 * @param seconds how long traffic ran
 * @param published events published on the three channels
 * @param handled distinct events handled
 * @param deadLettered distinct events dead-lettered
 * @param duplicates handlings beyond the first of an event
 * @param duplicateBound events that were received but not yet committed at the moments faults hit (the most a
 *     correct client may see again)
 * @param missingCount events neither handled nor dead-lettered
 * @param missingSample some of them, by channel
 * @param unknownEvents events handled that were never published
 * @param deadLettersWithoutReason dead letters that carried no failure reason
 * @param unexpectedDeadLetters dead letters of events the handler was not scripted to refuse for good
 * @param faults faults injected, by kind
 * @param finalState the session's state before it was stopped
 * @param threadsBefore live threads before the session started
 * @param threadsAfter live threads after it stopped
 * @param newThreads names of the threads alive after the stop that were not there before the start
 * @param socketsBefore open sockets before the session started
 * @param socketsAfter open sockets after it stopped
 * @param samples heap, threads, sockets and events handled during the run
 * @param faultTimeline each fault injected, when
 */
public record SoakReport(SoakSettings settings, double seconds, long published, long handled, long deadLettered,
                         long duplicates, long duplicateBound, long missingCount, Map<String, List<Long>> missingSample,
                         long unknownEvents, long deadLettersWithoutReason, long unexpectedDeadLetters,
                         Map<FaultKind, Integer> faults,
                         String finalState, int threadsBefore, int threadsAfter, List<String> newThreads, int socketsBefore, int socketsAfter,
                         List<ResourceSample> samples, List<FaultMark> faultTimeline) {
    /** Threads or sockets above the starting count that still count as "no leak" (JDK-internal housekeeping). */
    public static final int LEAK_TOLERANCE = 2;
    /** Heap growth between the first and last third of the run that still counts as flat, in MiB. */
    public static final double HEAP_TOLERANCE_MIB = 64;
    /**
     * The in-process emulator keeps every published event for Salesforce's 24 h retention, in this same heap:
     * that much growth per event is the emulator's, not a client leak.
     */
    public static final double EMULATOR_RETENTION_MIB_PER_EVENT = 1.0 / 1024;

    /** What went wrong; empty when the run passed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (published == 0) {
            problems.add("nothing was published");
        }
        if (missingCount > 0) {
            problems.add(missingCount + " published events were neither handled nor dead-lettered, e.g. " + missingSample);
        }
        if (unknownEvents > 0) {
            problems.add(unknownEvents + " handled events were never published");
        }
        if (deadLettersWithoutReason > 0) {
            problems.add(deadLettersWithoutReason + " dead letters carry no reason");
        }
        if (unexpectedDeadLetters > 0) {
            problems.add(unexpectedDeadLetters + " events were dead-lettered that the handler would have handled");
        }
        if (duplicates > duplicateBound) {
            problems.add(duplicates + " duplicates exceed the in-flight bound " + duplicateBound);
        }
        if (threadsAfter > threadsBefore + LEAK_TOLERANCE) {
            problems.add("threads leaked: " + threadsBefore + " before the session, " + threadsAfter
                    + " after it stopped: " + newThreads);
        }
        if (socketsBefore >= 0 && socketsAfter > socketsBefore + LEAK_TOLERANCE) {
            problems.add("sockets leaked: " + socketsBefore + " before the session, " + socketsAfter + " after it stopped");
        }
        double allowed = HEAP_TOLERANCE_MIB + published * EMULATOR_RETENTION_MIB_PER_EVENT;
        heapGrowth().filter(growth -> growth > allowed).ifPresent(growth ->
                problems.add(String.format("heap grew by %.1f MiB between the first and last third of the run"
                        + " (allowed %.1f MiB)", growth, allowed)));
        return problems;
    }

    public boolean passed() {
        return problems().isEmpty();
    }

    /** Highest heap of the last third minus highest heap of the first third (after the first sample). */
    public java.util.Optional<Double> heapGrowth() {
        if (samples.size() < 6) {
            return java.util.Optional.empty();
        }
        int third = samples.size() / 3;
        double early = samples.subList(1, third + 1).stream().mapToDouble(ResourceSample::heapMiB).max().orElse(0);
        double late = samples.subList(samples.size() - third, samples.size()).stream()
                .mapToDouble(ResourceSample::heapMiB).max().orElse(0);
        return java.util.Optional.of(late - early);
    }
}
