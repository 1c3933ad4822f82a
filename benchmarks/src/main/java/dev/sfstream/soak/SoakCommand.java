package dev.sfstream.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.sfstream.harness.MachineDescription;
import dev.sfstream.soak.service.ServiceSoakMarkdown;
import dev.sfstream.soak.service.ServiceSoakReport;
import dev.sfstream.soak.service.ServiceSoakRun;
import dev.sfstream.soak.service.ServiceSoakSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmarks/run soak --duration 1h}: the long soak/chaos run, recorded under {@code benchmarks/results/}. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Steady traffic on three channels with random faults; checks nothing is lost or leaked.")
public final class SoakCommand implements Callable<Integer> {
    @Option(names = "--duration", defaultValue = "PT10M",
            description = "How long traffic and faults go on, ISO-8601 (PT1H) or seconds (default ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--rate", defaultValue = "50", description = "Events/s on each of the 3 channels (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--fault-every", defaultValue = "PT3S", description = "Mean time between faults (default ${DEFAULT-VALUE}).")
    Duration faultEvery;

    @Option(names = "--seed", description = "Random seed (default: the current time).")
    Long seed;

    @Option(names = "--out", defaultValue = "benchmarks/results", description = "Results directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--service", description = "Soak the whole service instead: ServiceRunner with a service class,"
            + " Nameko events to RabbitMQ, the Redis replay store, a fourth channel over the Pub/Sub API, and broker"
            + " losses and emulator restarts besides the other faults; writes soak-service.{md,json,png}.")
    boolean service;

    @Option(names = "--broker", defaultValue = "amqp://guest:guest@127.0.0.1:5672/",
            description = "With --service: the RabbitMQ to use (default ${DEFAULT-VALUE}).")
    URI broker;

    @Option(names = "--longest-broker-outage", defaultValue = "PT30S",
            description = "With --service: the longest a broker loss lasts (default ${DEFAULT-VALUE}).")
    Duration longestBrokerOutage;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Duration length = duration.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(duration)) : Duration.parse(duration);
        long chosenSeed = seed != null ? seed : System.currentTimeMillis();
        SoakSettings settings = new SoakSettings(length, rate, faultEvery, Duration.ofMinutes(2), true, chosenSeed);
        String startedAt = Instant.now().toString();
        MachineDescription machine = MachineDescription.current();
        Files.createDirectories(out);
        if (service) {
            ServiceSoakReport report = new ServiceSoakRun(new ServiceSoakSettings(settings, broker,
                    longestBrokerOutage), System.out::println).run();
            Files.writeString(out.resolve("soak-service.md"), ServiceSoakMarkdown.of(startedAt, machine, report),
                    StandardCharsets.UTF_8);
            return record(startedAt, machine, report.passed(), report.problems(), report, report.firstHop(),
                    "soak-service");
        }
        SoakReport report = new SoakRun(settings, System.out::println).run();
        Files.writeString(out.resolve("soak.md"), markdown(startedAt, machine, report), StandardCharsets.UTF_8);
        return record(startedAt, machine, report.passed(), report.problems(), report, report, "soak");
    }

    /** Writes {@code name.json} and {@code name.png}, prints the verdict and returns the exit status. */
    private int record(String startedAt, MachineDescription machine, boolean passed, List<String> problems,
                       Object report, SoakReport firstHop, String name) throws java.io.IOException {
        System.out.println(report);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("startedAt", startedAt);
        document.put("machine", machine);
        document.put("passed", passed);
        document.put("problems", problems);
        document.put("report", report);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new SimpleModule().addSerializer(Duration.class, ToStringSerializer.instance))
                .writeValue(out.resolve(name + ".json").toFile(), document);
        SoakChart.draw(firstHop.seconds(), firstHop.samples(), firstHop.faultTimeline(), out.resolve(name + ".png"));
        System.out.println(passed ? "SOAK PASSED" : "SOAK FAILED: " + problems);
        return passed ? 0 : 1;
    }

    private static String markdown(String startedAt, MachineDescription machine, SoakReport r) {
        List<ResourceSample> samples = r.samples();
        ResourceSample first = samples.isEmpty() ? null : samples.get(0);
        ResourceSample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
        return "# sfstream soak result\n\n"
                + "Run started " + startedAt + " on " + machine.summary() + ".\n\n"
                + "Reproduce: `benchmarks/run soak --duration " + r.settings().duration() + " --rate "
                + r.settings().eventsPerSecondPerChannel() + " --fault-every " + r.settings().meanFaultInterval()
                + " --seed " + r.settings().seed() + "`\n\n"
                + "| what | value |\n|---|---|\n"
                + "| verdict | " + (r.passed() ? "PASSED" : "FAILED: " + r.problems()) + " |\n"
                + "| traffic | " + String.format("%.0f", r.seconds()) + " s, " + r.settings().eventsPerSecondPerChannel()
                + " events/s on each of " + "PushTopic, platform event, CDC |\n"
                + "| published | " + r.published() + " |\n"
                + "| handled (distinct) | " + r.handled() + " |\n"
                + "| dead-lettered (with reason) | " + r.deadLettered() + " |\n"
                + "| lost (neither) | " + r.missingCount() + " |\n"
                + "| duplicates / bound (in flight at faults) | " + r.duplicates() + " / " + r.duplicateBound() + " |\n"
                + "| faults injected | " + r.faults() + " |\n"
                + "| session state at the end | " + r.finalState() + " |\n"
                + "| threads before start / after stop | " + r.threadsBefore() + " / " + r.threadsAfter() + " " + r.newThreads() + " |\n"
                + "| sockets before start / after stop | " + r.socketsBefore() + " / " + r.socketsAfter() + " |\n"
                + (first == null ? "" : String.format("| heap after GC, first / last sample | %.1f / %.1f MiB |%n",
                        first.heapMiB(), last.heapMiB()))
                + "\nThe emulator runs in the same JVM and retains every event (24 h retention), so part of the heap"
                + " growth is the emulator's.\n";
    }
}
