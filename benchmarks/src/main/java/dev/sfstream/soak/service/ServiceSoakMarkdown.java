package dev.sfstream.soak.service;

import dev.sfstream.harness.MachineDescription;
import dev.sfstream.soak.ResourceSample;
import dev.sfstream.soak.SoakReport;
import dev.sfstream.soak.SoakSettings;
import java.util.List;
import java.util.TreeMap;

/** {@code soak-service.md}: the verdict and figures of a whole-service soak run. */
public final class ServiceSoakMarkdown {
    private ServiceSoakMarkdown() {
    }

    public static String of(String startedAt, MachineDescription machine, ServiceSoakReport report) {
        SoakReport hop = report.firstHop();
        SoakSettings settings = hop.settings();
        List<ResourceSample> samples = hop.samples();
        StringBuilder md = new StringBuilder("# sfstream whole-service soak result\n\n")
                .append("Run started ").append(startedAt).append(" on ").append(machine.summary()).append(".\n\n")
                .append("Reproduce: `benchmarks/run soak --service --duration ").append(settings.duration())
                .append(" --rate ").append(settings.eventsPerSecondPerChannel()).append(" --fault-every ")
                .append(settings.meanFaultInterval()).append(" --seed ").append(settings.seed()).append("`\n\n")
                .append("| what | value |\n|---|---|\n");
        row(md, "verdict", report.passed() ? "PASSED" : "FAILED: " + report.problems());
        row(md, "traffic", String.format("%.0f s, %d events/s on each of PushTopic, platform event, CDC (CometD) and"
                + " platform event (Pub/Sub API)", hop.seconds(), settings.eventsPerSecondPerChannel()));
        row(md, "published", hop.published() + " " + report.publishedByChannel());
        row(md, "hop 1: handled (distinct)", Long.toString(hop.handled()));
        row(md, "hop 1: dead-lettered (with reason; all scripted to fail)", hop.deadLettered() + " ("
                + hop.unexpectedDeadLetters() + " not scripted)");
        row(md, "hop 1: held through a broker outage (attempts beyond the retries), then handled",
                Long.toString(report.heldThroughOutages()));
        row(md, "hop 1: lost (neither)", Long.toString(hop.missingCount()));
        row(md, "hop 1: duplicates / bound (in flight at faults)", hop.duplicates() + " / " + hop.duplicateBound());
        row(md, "hop 2: Nameko events in the queue (distinct)", Long.toString(report.delivered()));
        row(md, "hop 2: lost (handled, never in the queue)", Long.toString(report.lostOnQueue()));
        row(md, "hop 2: in the queue without being handled", Long.toString(report.unknownOnQueue()));
        row(md, "hop 2: duplicates / bound", report.queueDuplicates() + " / " + hop.duplicateBound());
        row(md, "faults injected", hop.faults().values().stream().mapToInt(Integer::intValue).sum() + " "
                + new TreeMap<>(hop.faults()));
        row(md, "connections through the relays (broker / emulator HTTP / Pub/Sub)", report.brokerConnections()
                + " / " + report.emulatorConnections() + " / " + report.pubSubConnections());
        row(md, "service state at the end", hop.finalState());
        row(md, "threads before start / after stop", hop.threadsBefore() + " / " + hop.threadsAfter() + " "
                + hop.newThreads());
        row(md, "sockets before start / after stop", hop.socketsBefore() + " / " + hop.socketsAfter());
        if (!samples.isEmpty()) {
            row(md, "heap after GC, first / last sample", String.format("%.1f / %.1f MiB", samples.get(0).heapMiB(),
                    samples.get(samples.size() - 1).heapMiB()));
        }
        return md.append("\nThe emulator runs in the same JVM and retains every event, so part of the heap growth is the"
                + " emulator's. An emulator restart is an outage of both its ports with its sessions, streams and tokens"
                + " dropped; its org and retained events are kept (see benchmarks/README.md).\n").toString();
    }

    private static void row(StringBuilder md, String what, String value) {
        md.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }
}
