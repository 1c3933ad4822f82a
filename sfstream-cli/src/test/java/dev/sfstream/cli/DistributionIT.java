package dev.sfstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.emulator.OrgFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI distribution as built by the package phase (target/sfstream-cli-VERSION-dist/sfstream-VERSION):
 * what its directories hold (lib/, lib/emulator/), that its launcher runs each kind of command from
 * them, and how the launcher records and uses class data archives.
 * Run by failsafe after the assembly.
 */
class DistributionIT {
    private static final Path DIST = Path.of(System.getProperty("sfstream.dist", "target/missing-dist"));

    /** Packages that must never be in lib/'s jar: test libraries, the examples, and the emulator and its servers. */
    private static final List<String> NOT_IN_LIB = List.of(
            "org/junit/", "org/opentest4j/", "org/assertj/", "org/awaitility/", "net/bytebuddy/", "org/hamcrest/",
            "org/mockito/", "dev/sfstream/testkit/", "dev/sfstream/bench/", "dev/sfstream/emulator/",
            "org/eclipse/jetty/server/", "org/eclipse/jetty/ee10/", "org/cometd/server/", "jakarta/servlet/",
            "org/bouncycastle/");

    @Test
    void libHoldsOneJarWithEverythingTheClientCommandsAndRunNeedAndTheEmulatorsJarsStayApart() throws IOException {
        assertThat(jars("lib")).as("lib/ of %s", DIST).singleElement().asString()
                .startsWith("sfstream-").endsWith(".jar");
        try (JarFile lib = new JarFile(DIST.resolve("lib").resolve(jars("lib").get(0)).toFile())) {
            List<String> entries = lib.stream().map(JarEntry::getName).toList();
            assertThat(entries).as("classes of the CLI, the client modules, Pub/Sub and their dependencies")
                    .contains("dev/sfstream/cli/Main.class", "dev/sfstream/examples/EventProxyService.class",
                            "picocli/CommandLine.class", "org/cometd/client/BayeuxClient.class",
                            "ch/qos/logback/classic/Logger.class", "redis/clients/jedis/Jedis.class",
                            "com/rabbitmq/client/ConnectionFactory.class", "org/apache/avro/Schema.class",
                            "io/grpc/netty/shaded/io/grpc/netty/NettyChannelBuilder.class");
            assertThat(entries).anyMatch(entry -> entry.startsWith("dev/sfstream/streaming/"))
                    .anyMatch(entry -> entry.startsWith("dev/sfstream/pubsub/"));
            assertThat(entries.stream().filter(entry -> entry.startsWith("dev/sfstream/examples/")
                    && entry.endsWith(".class"))).as("of the examples, only the demo's service")
                    .allMatch(entry -> entry.startsWith("dev/sfstream/examples/EventProxyService"));
            assertThat(entries.stream().filter(entry -> NOT_IN_LIB.stream().anyMatch(entry::startsWith)))
                    .as("test, example or emulator classes in lib/ of %s", DIST).isEmpty();
            assertThat(entries).as("what only describes the jars it was merged from")
                    .noneMatch(entry -> entry.endsWith("module-info.class") || entry.equals("META-INF/INDEX.LIST"));
            // Jackson and others keep classes for later Java versions under META-INF/versions/
            assertThat(lib.isMultiRelease()).isTrue();
            // every jar's providers: logback's for SLF4J, gRPC's Netty transport for the Pub/Sub channel
            assertThat(service(lib, "org.slf4j.spi.SLF4JServiceProvider"))
                    .contains("ch.qos.logback.classic.spi.LogbackServiceProvider");
            assertThat(service(lib, "io.grpc.ManagedChannelProvider"))
                    .contains("io.grpc.netty.shaded.io.grpc.netty.NettyChannelProvider");
        }
        List<String> emulator = jars("lib/emulator");
        assertThat(emulator).as("lib/emulator/ of %s", DIST)
                .anyMatch(jar -> jar.startsWith("sfstream-emulator-"))
                .anyMatch(jar -> jar.startsWith("jetty-server-"))
                .noneMatch(jar -> jar.startsWith("sfstream-core-") || jar.startsWith("grpc-")
                        || jar.startsWith("sfstream-examples") || jar.startsWith("junit"));
        assertThat(DIST.resolve("lib/pubsub")).doesNotExist();
        assertThat(DIST.resolve("LICENSE")).isRegularFile();
        assertThat(Files.isExecutable(DIST.resolve("bin/sfstream"))).isTrue();
    }

    private static String service(JarFile jar, String type) throws IOException {
        JarEntry entry = jar.getJarEntry("META-INF/services/" + type);
        assertThat(entry).as("META-INF/services/%s in %s", type, jar.getName()).isNotNull();
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** sfstream-pubsub ships in lib/: a Pub/Sub service runs without it on --classpath. */
    @Test
    void runStartsAPubSubServiceWithTheDistributionsOwnPubSubJars(@TempDir Path dir) throws Exception {
        try (Emulator emulator = Emulator.builder()
                .platformEvent("Order__e", Map.of("Number__c", EventFieldType.NUMBER)).start()) {
            emulator.streaming().publish("/event/Order__e", Map.of("payload", Map.of(
                    "CreatedDate", Instant.now().toString(), "CreatedById", "005xx000001SwiUAAS", "Number__c", 7.0)));
            Path config = dir.resolve("config.yaml");
            Files.writeString(config, "SALESFORCE:\n  USERNAME: " + OrgFixture.DEFAULT_USERNAME
                    + "\n  PASSWORD: " + OrgFixture.DEFAULT_PASSWORD
                    + "\n  SECURITY_TOKEN: " + OrgFixture.DEFAULT_SECURITY_TOKEN
                    + "\n  SANDBOX: False\n  LOGIN_URL: " + emulator.baseUrl()
                    + "\n  TRANSPORT: pubsub\n  PUBSUB_HOST: 127.0.0.1\n  PUBSUB_PORT: " + emulator.pubSubPort()
                    + "\n  PUBSUB_PLAINTEXT: true\n  REPLAY_DEFAULT: all\n");
            Path log = dir.resolve("run.log");
            Process run = start(log, Map.of("SFSTREAM_CDS", "off"), "run", "--config", config.toString(),
                    "--classpath", Path.of("target/test-classes").toAbsolutePath().toString(),
                    PubSubDistributionService.class.getName());
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !run.isAlive()
                        || Files.readString(log).contains("dist-pubsub handled order 7.0"));
                assertThat(Files.readString(log)).contains("dist-pubsub handled order 7.0");
            } finally {
                run.destroy();
                assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(run.exitValue()).as(Files.readString(log)).isZero();
        }
    }

    /** lib/emulator/ with lib/: the emulator command serves CometD and the Pub/Sub API. */
    @Test
    void theEmulatorStartsFromItsDirectories(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("emulator.log");
        Process emulator = start(log, Map.of("SFSTREAM_CDS", "off"), "emulator");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !emulator.isAlive()
                    || Files.readString(log).contains("Pub/Sub API listening on"));
            assertThat(Files.readString(log)).contains("Salesforce emulator listening on http://")
                    .contains("Pub/Sub API listening on");
        } finally {
            emulator.destroy();
            assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The short demo, twice: the first start records a class data archive, the second starts from it. */
    @Test
    void binSfstreamRunsTheShortDemoAndThenStartsItFromItsClassDataArchive(@TempDir Path cache) throws Exception {
        demoTwice(Map.of("SFSTREAM_CDS_DIR", cache.toString()), cache, "jsa");
    }

    /**
     * Runs the short demo twice: the first start records an archive and, once its JVM has written it, checks it and
     * puts it in place ({@code demo.KIND}); the second starts from it and prints only the demo's own output.
     */
    private static void demoTwice(Map<String, String> environment, Path cache, String kind) throws Exception {
        String[] demo = {"demo", "--short", "--changes", "4", "--interval", "20"};
        String handled = "sfstream demo: 4 changes, 4 notifications handled, 4 events dispatched";
        Launch first = launch(environment, demo);
        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).contains(handled);
        assertThat(archives(cache)).as("recorded at exit, checked, in place").containsExactly("demo." + kind);

        Launch second = launch(environment, demo);
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).contains(handled).doesNotContain("AOT");
        assertThat(archives(cache)).as("used").containsExactly("demo." + kind);
    }

    /**
     * An archive cut short (a recording start killed while its JVM wrote it) crashes a JVM that maps it: the next
     * start checks it, discards it, and records and checks one of its own.
     */
    @Test
    void aDamagedArchiveIsDiscardedAndRecordedAgain(@TempDir Path cache) throws Exception {
        Map<String, String> environment = Map.of("SFSTREAM_CDS_DIR", cache.toString());
        Launch first = launch(environment, "topics", "--help");
        assertThat(first.status()).as(first.output()).isZero();
        Path archive = onlyFile(cache);
        assertThat(archive.getFileName()).hasToString("topics.jsa");
        byte[] recorded = Files.readAllBytes(archive);
        Files.delete(archive);
        Files.write(archive.resolveSibling("topics.pending.jsa"), Arrays.copyOf(recorded, recorded.length / 2));

        Launch second = launch(environment, "topics", "--help");
        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).isEqualTo(first.output()).startsWith("Usage: sfstream topics");
        Path again = onlyFile(cache);
        assertThat(again.getFileName()).hasToString("topics.jsa");
        assertThat(Files.size(again)).as("recorded again in full").isGreaterThan(recorded.length / 2);
    }

    /**
     * A recording start is a launcher waiting for its JVM: a SIGTERM to the launcher alone (as a supervisor that
     * signals only the process it started sends) stops the JVM gracefully, and the launcher exits with the JVM's
     * status once the archive is in place.
     */
    @Test
    void aRecordingStartStoppedBySigtermStopsItsJvmAndKeepsItsArchive(@TempDir Path dir, @TempDir Path cache)
            throws Exception {
        Path log = dir.resolve("emulator.log");
        Process emulator = start(log, Map.of("SFSTREAM_CDS_DIR", cache.toString()), "emulator");
        List<ProcessHandle> jvm = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !emulator.isAlive()
                    || Files.readString(log).contains("Pub/Sub API listening on"));
            jvm.addAll(emulator.descendants().toList());
            assertThat(jvm).as("the JVM, a child of the launcher").hasSize(1);
        } finally {
            emulator.destroy();
            assertThat(emulator.waitFor(60, TimeUnit.SECONDS)).isTrue();
            jvm.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(emulator.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("Received SIGTERM");
        assertThat(archives(cache)).containsExactly("emulator.jsa");
    }

    /**
     * Ctrl-C at a terminal sends SIGINT to the whole process group. A recording start's JVM, an asynchronous command
     * of the launcher, ignores SIGINT, so the launcher passes it on as SIGTERM. The launcher starts here in a group
     * of its own with SIGINT at its default (perl, essential on Debian, sets both up), as a shell at a terminal would.
     */
    @Test
    void aRecordingStartStoppedByCtrlCStopsItsJvmAndKeepsItsArchive(@TempDir Path dir, @TempDir Path cache)
            throws Exception {
        Path log = dir.resolve("emulator.log");
        ProcessBuilder builder = new ProcessBuilder("perl", "-e", "setpgrp(0, 0); $SIG{INT} = 'DEFAULT'; exec @ARGV",
                DIST.resolve("bin/sfstream").toString(), "emulator").redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SFSTREAM_CDS_DIR", cache.toString());
        Process emulator = builder.start();
        List<ProcessHandle> jvm = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !emulator.isAlive()
                    || Files.readString(log).contains("Pub/Sub API listening on"));
            // kept, so that a JVM the launcher left running when it died is stopped too
            jvm.addAll(emulator.descendants().toList());
            Process interrupt = new ProcessBuilder("kill", "-INT", "--", "-" + emulator.pid()).inheritIO().start();
            assertThat(interrupt.waitFor()).as("kill -INT to the launcher's process group").isZero();
            assertThat(emulator.waitFor(60, TimeUnit.SECONDS)).as("stopped by Ctrl-C").isTrue();
        } finally {
            jvm.forEach(ProcessHandle::destroyForcibly);
            emulator.destroyForcibly();
        }
        assertThat(emulator.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("Received SIGTERM");
        assertThat(archives(cache)).containsExactly("emulator.jsa");
    }

    /** A distribution rebuilt in place (as ./sfstream does) gets a new archive, and the stale one is deleted. */
    @Test
    void aRebuiltDistributionReplacesItsArchive(@TempDir Path copy, @TempDir Path cache) throws Exception {
        Path dist = copyOf(DIST, copy.resolve("dist"));
        Map<String, String> environment = Map.of("SFSTREAM_CDS_DIR", cache.toString());
        assertThat(launch(dist, environment, "topics", "--help").status()).isZero();
        Path before = onlyFile(cache).getParent();

        Path jar = dist.resolve("lib").resolve(jars("lib").get(0));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(launch(dist, environment, "topics", "--help").status()).isZero();
        Path after = onlyFile(cache).getParent();
        assertThat(after).isNotEqualTo(before);
        assertThat(before).doesNotExist();
        assertThat(onlyFile(cache).getFileName()).hasToString("topics.jsa");

        // the key covers every directory a command's class path takes jars from
        Path emulatorJar = dist.resolve("lib/emulator").resolve(jars("lib/emulator").get(0));
        Files.setLastModifiedTime(emulatorJar,
                FileTime.fromMillis(Files.getLastModifiedTime(emulatorJar).toMillis() + 60_000));
        assertThat(launch(dist, environment, "topics", "--help").status()).isZero();
        assertThat(onlyFile(cache).getParent()).isNotEqualTo(after);
        assertThat(after).doesNotExist();
        assertThat(onlyFile(cache).getFileName()).hasToString("topics.jsa");
    }

    @Test
    void aFailedCommandLeavesNoArchiveAndCdsCanBeTurnedOff(@TempDir Path cache) throws Exception {
        Launch failed = launch(Map.of("SFSTREAM_CDS_DIR", cache.toString()), "run", "com.acme.Missing");
        assertThat(failed.status()).as(failed.output()).isEqualTo(1);
        assertThat(archives(cache)).as("the failed start's archive discarded at its exit").isEmpty();
        Launch next = launch(Map.of("SFSTREAM_CDS_DIR", cache.toString()), "run", "--help");
        assertThat(next.status()).as(next.output()).isZero();
        assertThat(archives(cache)).as("a new one recorded").containsExactly("run.jsa");

        Path off = cache.resolve("off");
        Launch withoutCds = launch(Map.of("SFSTREAM_CDS_DIR", off.toString(), "SFSTREAM_CDS", "off"), "run", "--help");
        assertThat(withoutCds.status()).as(withoutCds.output()).isZero();
        assertThat(off).doesNotExist();
    }

    /** On Java 25 and later the long-running commands start from an AOT cache; the others keep an archive. */
    @Test
    void onJava25TheLongRunningCommandsRecordAndUseAnAotCache(@TempDir Path cache) throws Exception {
        Path java25 = laterRuntime();
        assumeTrue(java25 != null, "no Java runtime of version 25 or later under /usr/lib/jvm");
        Map<String, String> environment = Map.of("SFSTREAM_CDS_DIR", cache.toString(), "JAVA_HOME", java25.toString());
        demoTwice(environment, cache, "aot");

        Launch topics = launch(environment, "topics", "--help");
        assertThat(topics.status()).as(topics.output()).isZero();
        assertThat(topics.output()).as("a command whose output is data prints nothing else").startsWith("Usage:")
                .doesNotContain("AOT");
        assertThat(archives(cache)).containsExactly("demo.aot", "topics.jsa");
    }

    /** Starts on two Java runtimes, alternating, keep an archive for each instead of replacing each other's. */
    @Test
    void eachJavaRuntimeKeepsItsOwnArchive(@TempDir Path cache) throws Exception {
        Path other = laterRuntime();
        assumeTrue(other != null, "no second Java runtime under /usr/lib/jvm");
        Map<String, String> own = Map.of("SFSTREAM_CDS_DIR", cache.toString(), "JAVA_HOME",
                System.getProperty("java.home"));
        Map<String, String> later = Map.of("SFSTREAM_CDS_DIR", cache.toString(), "JAVA_HOME", other.toString());
        for (Map<String, String> environment : List.of(own, later, own, later)) {
            Launch launch = launch(environment, "topics", "--help");
            assertThat(launch.status()).as(launch.output()).isZero();
        }
        assertThat(archives(cache)).containsExactly("topics.jsa", "topics.jsa");
    }

    /** A Pub/Sub start loads classes a CometD start never does, so run and tail keep an archive per transport. */
    @Test
    void runAndTailRecordAnArchiveForEachTransportAndRunOneWithRedis(@TempDir Path cache, @TempDir Path dir)
            throws Exception {
        Map<String, String> environment = Map.of("SFSTREAM_CDS_DIR", cache.toString());
        Path pubSub = dir.resolve("pubsub.yaml");
        Files.writeString(pubSub, "SALESFORCE:\n  USERNAME: someone\n  TRANSPORT: \"pubsub\"  # events\n");
        Path cometd = dir.resolve("cometd.yaml");
        Files.writeString(cometd, "SALESFORCE:\n  USERNAME: someone\n  TRANSPORT: cometd\n");
        Path redis = dir.resolve("redis.yaml");
        Files.writeString(redis, "SALESFORCE:\n  PUSHTOPIC_REPLAY_ENABLED: True\n  TRANSPORT: cometd\n");
        Path both = dir.resolve("both.yaml");
        Files.writeString(both, "SALESFORCE:\n  TRANSPORT: pubsub\n  PUSHTOPIC_REPLAY_ENABLED: \"true\" # ids\n");
        // shares the plain run's archive, which the cometd start recorded
        Path replayOff = dir.resolve("replay-off.yaml");
        Files.writeString(replayOff, "SALESFORCE:\n  PUSHTOPIC_REPLAY_ENABLED: false\n");

        for (String[] arguments : List.of(new String[] {"run", "--config", pubSub.toString(), "--help"},
                new String[] {"run", "--config=" + cometd, "--help"},
                new String[] {"run", "--config", redis.toString(), "--help"},
                new String[] {"run", "--config", both.toString(), "--help"},
                new String[] {"run", "--config", replayOff.toString(), "--help"},
                new String[] {"tail", "--transport", "pubsub", "--help"},
                new String[] {"tail", "--help"})) {
            Launch launch = launch(environment, arguments);
            assertThat(launch.status()).as(launch.output()).isZero();
        }
        assertThat(archives(cache)).containsExactly("run-pubsub-redis.jsa", "run-pubsub.jsa", "run-redis.jsa",
                "run.jsa", "tail-pubsub.jsa", "tail.jsa");
    }

    @Test
    void theLauncherPicksC1AndTheSerialCollectorUnlessTheUserNamesAnother() throws Exception {
        Launch defaults = launch(Map.of("SFSTREAM_CDS", "off", "SFSTREAM_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "--version");
        assertThat(defaults.status()).as(defaults.output()).isZero();
        assertThat(defaults.output()).containsPattern("TieredStopAtLevel\\s+= 1\\s")
                .containsPattern("UseSerialGC\\s+= true\\s");

        Launch g1 = launch(Map.of("SFSTREAM_CDS", "off", "SFSTREAM_JAVA_OPTS",
                "-XX:+UseG1GC -XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--version");
        assertThat(g1.status()).as("two collectors would make the JVM refuse to start: " + g1.output()).isZero();
        assertThat(g1.output()).containsPattern("UseG1GC\\s+= true\\s").containsPattern("UseSerialGC\\s+= false\\s")
                .containsPattern("TieredStopAtLevel\\s+= 4\\s");
    }

    private static Launch launch(Map<String, String> environment, String... arguments) throws Exception {
        return launch(DIST, environment, arguments);
    }

    /** Starts DIST/bin/sfstream with the arguments, its output and error merged into {@code log}. */
    private static Process start(Path log, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(DIST.resolve("bin/sfstream").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs DIST/bin/sfstream with the arguments, its output and error merged. */
    private static Launch launch(Path dist, Map<String, String> environment, String... arguments) throws Exception {
        Path log = Files.createTempFile("sfstream-dist", ".log");
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/sfstream").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("sfstream %s finished", command).isTrue();
            return new Launch(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /**
     * A Java runtime of version 25 or later under /usr/lib/jvm other than the one running these tests; null when
     * there is none.
     */
    private static Path laterRuntime() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        Path own = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))
                        && !home.toRealPath().equals(own) && featureVersion(release) >= 25) {
                    return home;
                }
            }
        }
        return null;
    }

    private static int featureVersion(Path release) throws IOException {
        Pattern version = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)");
        for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
            Matcher matcher = version.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return 0;
    }

    /** The names of the files in the archive cache (one directory per distribution and runtime). */
    private static List<String> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Path onlyFile(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> found = files.filter(Files::isRegularFile).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    /** A copy of the distribution's bin/ and lib/ (files keep their times and the launcher its mode). */
    private static Path copyOf(Path dist, Path target) throws IOException {
        for (String directory : List.of("bin", "lib")) {
            try (Stream<Path> files = Files.walk(dist.resolve(directory))) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(dist.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return target;
    }

    private record Launch(int status, String output) {
    }

    /** The jars of one directory of the distribution, e.g. {@code lib/emulator}, by name. */
    private static List<String> jars(String directory) throws IOException {
        try (Stream<Path> files = Files.list(DIST.resolve(directory))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted()
                    .toList();
        }
    }
}
