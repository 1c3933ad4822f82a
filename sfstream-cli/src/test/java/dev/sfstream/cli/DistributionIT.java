package dev.sfstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI distribution as built by the package phase (target/sfstream-cli-VERSION-dist/sfstream-VERSION):
 * what its class path holds, and that its launcher runs. Run by failsafe after the assembly.
 */
class DistributionIT {
    private static final Path DIST = Path.of(System.getProperty("sfstream.dist", "target/missing-dist"));

    /** Jar name prefixes that must never be on the CLI's class path: test libraries and the examples. */
    private static final List<String> FORBIDDEN = List.of(
            "junit", "opentest4j", "apiguardian", "assertj", "awaitility", "byte-buddy", "hamcrest",
            "mockito", "sfstream-examples", "sfstream-testkit", "sfstream-benchmarks");

    @Test
    void libHoldsTheCliAndItsRunTimeDependenciesOnly() throws IOException {
        List<String> jars = libJars();
        assertThat(jars).as("lib/ of %s", DIST)
                .anyMatch(jar -> jar.startsWith("sfstream-cli-"))
                .anyMatch(jar -> jar.startsWith("sfstream-core-"))
                .anyMatch(jar -> jar.startsWith("sfstream-emulator-"))
                .anyMatch(jar -> jar.startsWith("picocli-"))
                .allMatch(jar -> jar.endsWith(".jar"));
        assertThat(jars.stream().filter(jar -> FORBIDDEN.stream().anyMatch(jar::startsWith)))
                .as("test libraries or examples in lib/ of %s", DIST).isEmpty();
        assertThat(DIST.resolve("LICENSE")).isRegularFile();
        assertThat(Files.isExecutable(DIST.resolve("bin/sfstream"))).isTrue();
    }

    @Test
    void binSfstreamRunsTheShortDemo() throws Exception {
        Path log = Files.createTempFile("sfstream-dist-demo", ".log");
        Process demo = new ProcessBuilder(DIST.resolve("bin/sfstream").toString(),
                "demo", "--short", "--changes", "4", "--interval", "20")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(demo.waitFor(120, TimeUnit.SECONDS)).as("demo finished").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(demo.exitValue()).as(output).isZero();
            assertThat(output).contains("sfstream demo: 4 changes, 4 notifications handled, 4 events dispatched");
        } finally {
            demo.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static List<String> libJars() throws IOException {
        try (Stream<Path> files = Files.list(DIST.resolve("lib"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
