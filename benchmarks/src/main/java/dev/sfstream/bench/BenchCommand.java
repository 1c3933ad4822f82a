package dev.sfstream.bench;

import dev.sfstream.bench.client.BareCometdClient;
import dev.sfstream.bench.client.SfstreamClient;
import dev.sfstream.bench.fresh.CamelLaunch;
import dev.sfstream.bench.fresh.Distributions;
import dev.sfstream.bench.fresh.FreshBench;
import dev.sfstream.bench.fresh.FreshResults;
import dev.sfstream.bench.report.BenchReport;
import dev.sfstream.bench.report.MarkdownTable;
import dev.sfstream.bench.report.ResultsWriter;
import dev.sfstream.bench.scenario.BenchSettings;
import dev.sfstream.bench.scenario.CatchUpResult;
import dev.sfstream.bench.scenario.ClientFactory;
import dev.sfstream.bench.scenario.LatencyResult;
import dev.sfstream.bench.scenario.Scenarios;
import dev.sfstream.bench.scenario.ThroughputResult;
import dev.sfstream.harness.MachineDescription;
import dev.sfstream.harness.PrivateRedis;
import dev.sfstream.redis.RedisReplayStore;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmarks/run bench}: the headline (catch-up by {@code sfstream run} against a bare CometD client and Apache
 * Camel, each in a fresh JVM), the Pub/Sub lines, and the warm-JVM session-API throughput, latency and catch-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures sfstream against a bare CometD client on the emulator and writes the results.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Events per throughput burst (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--warmup", defaultValue = "5000", description = "Warm-up events before each measurement (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rate", defaultValue = "1000", description = "Latency scenario rate in events/s (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "60", description = "Latency scenario duration in seconds (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--catch-up-events", defaultValue = "100000", description = "Events retained during downtime (default ${DEFAULT-VALUE}).")
    int catchUpEvents;

    @Option(names = {"--scenarios", "--only"}, split = ",", defaultValue = ALL_SCENARIOS,
            description = "Which scenarios to run (default ${DEFAULT-VALUE}); e.g. --only service-catch-up.")
    Set<String> scenarios;

    @Option(names = "--clients", split = ",", defaultValue = "bare,memory,redis",
            description = "Which clients to measure (default ${DEFAULT-VALUE}); the ratios need bare.")
    Set<String> clients;

    @Option(names = {"--rounds", "--repeat"}, defaultValue = "5",
            description = "Runs per client of every scenario but the warm-JVM latency, interleaved in rounds;"
                    + " medians are reported (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--sfstream-dist", paramLabel = "DIR",
            description = "The CLI distribution whose bin/sfstream the fresh-JVM scenarios run (default: the"
                    + " sfstream.dist property benchmarks/run sets, else the one under sfstream-cli/target).")
    Path distribution;

    @Option(names = "--camel-classpath", paramLabel = "FILE",
            description = "A file holding Apache Camel's class path for the headline (default: the"
                    + " sfstream.camelClasspath property benchmarks/run sets; without it Camel is left out).")
    Path camelClasspath;

    @Option(names = "--catch-up-max-message-mib", defaultValue = "10",
            description = "Largest response both clients accept in the catch-up scenario, in MiB (default ${DEFAULT-VALUE},"
                    + " sfstream's own default; the emulator sends a replay over several responses of at most 4 MiB).")
    int catchUpMaxMessageMib;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results directory (default benchmarks/results for a run of every scenario,"
                    + " benchmarks/target/results-partial otherwise, so that a partial run leaves the recorded results).")
    Path out;

    @Option(names = "--logs", defaultValue = "benchmarks/target/bench-logs",
            description = "Where the emulator child JVMs log (default ${DEFAULT-VALUE}).")
    Path logDirectory;

    @Option(names = "--emulator-heap", defaultValue = "2g", description = "The emulator child JVM's -Xmx (default ${DEFAULT-VALUE}).")
    String emulatorHeap;

    @Option(names = "--timeout-seconds", defaultValue = "600", description = "Longest single wait (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    static final String ALL_SCENARIOS = "throughput,latency,catchup," + FreshBench.SERVICE_CATCH_UP + ","
            + FreshBench.PUBSUB_CATCH_UP + "," + FreshBench.PUBSUB_LATENCY;

    private static final int DEFAULT_MAX_MESSAGE = StreamingSettings.defaults().connection().maxMessageSize();

    private final AtomicInteger storeGeneration = new AtomicInteger();

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> known = new LinkedHashSet<>(List.of(ALL_SCENARIOS.split(",")));
        for (String scenario : scenarios) {
            if (!known.contains(scenario)) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--scenarios: unknown scenario '" + scenario + "'; known: " + String.join(", ", known));
            }
        }
        Path results = out != null ? out
                : Path.of(scenarios.containsAll(known) ? "benchmarks/results" : "benchmarks/target/results-partial");
        for (String client : clients) {
            if (!Set.of("bare", "memory", "redis").contains(client)) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--clients: unknown client '" + client + "'; known: bare, memory, redis");
            }
        }
        Path logs = Files.createDirectories(logDirectory);
        BenchSettings settings = new BenchSettings(events, warmup, rate, seconds, catchUpEvents, emulatorHeap,
                Duration.ofSeconds(timeoutSeconds), logs, repeat,
                catchUpMaxMessageMib * 1024 * 1024);
        String startedAt = Instant.now().toString();
        MachineDescription machine = MachineDescription.current();
        List<ThroughputResult> throughputRuns = new ArrayList<>();
        List<ThroughputResult> throughput = new ArrayList<>();
        List<LatencyResult> latency = new ArrayList<>();
        List<CatchUpResult> catchUpRuns = new ArrayList<>();
        List<CatchUpResult> catchUp = new ArrayList<>();
        FreshResults fresh;
        try (PrivateRedis redis = PrivateRedis.start()) {
            fresh = freshBench(settings, redis).run(scenarios, catchUpEvents, repeat, rate, seconds, warmup);
            Scenarios run = new Scenarios(settings, redis);
            if (scenarios.contains("throughput")) {
                for (int round = 0; round < repeat; round++) {
                    if (clients.contains("bare")) {
                        throughputRuns.add(report(run.throughput(bare(DEFAULT_MAX_MESSAGE))));
                    }
                    if (clients.contains("memory")) {
                        throughputRuns.add(report(run.throughput(memory())));
                    }
                    if (clients.contains("redis")) {
                        throughputRuns.add(report(run.throughput(redis(redis, DEFAULT_MAX_MESSAGE))));
                    }
                }
                throughput.addAll(ThroughputResult.medians(throughputRuns));
            }
            if (scenarios.contains("latency")) {
                if (clients.contains("bare")) {
                    latency.add(report(run.latency(bare(DEFAULT_MAX_MESSAGE))));
                }
                if (clients.contains("redis")) {
                    latency.add(report(run.latency(redis(redis, DEFAULT_MAX_MESSAGE))));
                }
            }
            if (scenarios.contains("catchup")) {
                for (int round = 0; round < repeat; round++) {
                    if (clients.contains("bare")) {
                        catchUpRuns.add(report(run.catchUp(bare(settings.catchUpMaxMessageBytes()))));
                    }
                    if (clients.contains("redis")) {
                        catchUpRuns.add(report(run.catchUp(redis(redis, settings.catchUpMaxMessageBytes()))));
                    }
                }
                catchUp.addAll(CatchUpResult.medians(catchUpRuns));
            }
        }
        BenchReport report = new BenchReport(startedAt, machine, BenchReport.BenchSettingsView.of(settings),
                throughput, throughputRuns, latency, catchUp, catchUpRuns, fresh);
        ResultsWriter.write(report, results, reproduceCommand());
        System.out.println();
        System.out.println(MarkdownTable.freshSections(report));
        if (!report.throughput().isEmpty() || !report.catchUp().isEmpty()) {
            System.out.println("Warm-JVM session API: throughput ratios to the bare CometD client: "
                    + report.throughputRatios() + "; catch-up ratios: " + report.catchUpRatios());
        }
        System.out.println("Results written to " + results.toAbsolutePath());
        return 0;
    }

    private FreshBench freshBench(BenchSettings settings, PrivateRedis redis) {
        Path dist = distribution != null ? distribution : Distributions.cli(System.getProperty("sfstream.dist"));
        Path camelFile = camelClasspath != null ? camelClasspath
                : Optional.ofNullable(System.getProperty("sfstream.camelClasspath")).map(Path::of).orElse(null);
        return new FreshBench(dist, CamelLaunch.from(camelFile), redis.uri(), emulatorHeap,
                settings.logDirectory().resolve("fresh"), settings.timeout(), DEFAULT_MAX_MESSAGE,
                System.out::println);
    }

    private static ClientFactory bare(int maxMessageSize) {
        return replayFrom -> new BareCometdClient(replayFrom < 0 ? null : replayFrom, maxMessageSize);
    }

    private static ClientFactory memory() {
        return replayFrom -> new SfstreamClient("sfstream-memory", InMemoryReplayStore::new, StreamingSettings.defaults());
    }

    /** sfstream with the Redis store and default ordering; each scenario gets its own key prefix. */
    private ClientFactory redis(PrivateRedis redis, int maxMessageSize) {
        String prefix = "bench:" + storeGeneration.incrementAndGet() + ":salesforce:replay_id:";
        return replayFrom -> new SfstreamClient("sfstream-redis",
                () -> RedisReplayStore.open(redis.uri(), prefix, RedisReplayStore.DEFAULT_TTL),
                StreamingSettings.defaults().withMaxMessageSize(maxMessageSize));
    }

    private <T> T report(T result) {
        System.out.println(result);
        return result;
    }

    private String reproduceCommand() {
        return "benchmarks/run bench --scenarios " + String.join(",", scenarios) + " --clients "
                + String.join(",", clients) + " --events " + events + " --warmup " + warmup + " --rate " + rate
                + " --seconds " + seconds + " --catch-up-events " + catchUpEvents + " --rounds " + repeat;
    }
}
