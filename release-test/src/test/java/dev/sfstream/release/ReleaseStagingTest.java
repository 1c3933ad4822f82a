package dev.sfstream.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release as a user gets it. {@code scripts/release --stage} builds the release version of this
 * working tree into a staging repository; then a fresh project (src/it/consumer) that imports the BOM
 * from that repository is built and its test runs a service against the in-process emulator.
 *
 * <p>Both nested builds use a private local repository under target/ and read third-party artifacts
 * from this build's local repository as a file:// repository, so they never write to it.
 */
class ReleaseStagingTest {
    private static final Path ROOT = Path.of(System.getProperty("sfstream.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("sfstream.work", "target/release-test"))
            .toAbsolutePath().normalize();
    private static final Path STAGE = WORK.resolve("stage");
    private static final Path PRIVATE_REPOSITORY = WORK.resolve("repository");
    private static final Path SETTINGS = WORK.resolve("settings.xml");

    /** The modules a user depends on; each is staged with sources and javadoc and listed in the BOM. */
    private static final List<String> LIBRARY_MODULES = List.of(
            "sfstream-pubsub-api", "sfstream-emulator", "sfstream-core", "sfstream-redis", "sfstream-pubsub",
            "sfstream-amqp", "sfstream-testkit", "sfstream-spring-boot-starter", "sfstream-cli");
    private static final List<String> NOT_PUBLISHED = List.of(
            "sfstream-examples", "sfstream-examples-spring-boot", "sfstream-benchmarks", "sfstream-release-test");

    private static String version;

    @BeforeAll
    static void stageTheRelease() throws Exception {
        deleteRecursively(STAGE);
        // Nothing staged by an earlier run may be found instead of what this run stages.
        deleteRecursively(PRIVATE_REPOSITORY.resolve("dev/sfstream"));
        Files.createDirectories(PRIVATE_REPOSITORY);
        writeSettings();
        String output = run(ROOT, List.of("bash", ROOT.resolve("scripts/release").toString(), "--stage",
                STAGE.toString(), "--", "-s", SETTINGS.toString(), "-Dmaven.repo.local=" + PRIVATE_REPOSITORY),
                "release.log");
        Matcher staged = Pattern.compile("staged sfstream (\\S+) in").matcher(output);
        assertThat(staged.find()).as(output).isTrue();
        version = staged.group(1);
    }

    @Test
    void theReleaseVersionIsTheProjectVersionWithoutSnapshot() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(rootPom).contains("<version>" + version + "-SNAPSHOT</version>");
    }

    @Test
    void everyPublishedModuleIsStagedWithSourcesJavadocAndTheLicence() throws IOException {
        for (String module : LIBRARY_MODULES) {
            Path dir = artifactDir(module);
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                Path jar = dir.resolve(module + "-" + version + suffix);
                assertThat(jar).as("staged").isRegularFile();
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    assertThat(zip.getEntry("META-INF/LICENSE")).as("META-INF/LICENSE in %s", jar).isNotNull();
                }
            }
            String pom = pom(module);
            assertThat(pom).as(module).contains("<name>" + module + "</name>", "<description>",
                    "<artifactId>sfstream-parent</artifactId>");
        }
        assertThat(artifactDir("sfstream-cli").resolve("sfstream-cli-" + version + "-dist.tar.gz")).isRegularFile();
        for (String module : NOT_PUBLISHED) {
            assertThat(STAGE.resolve("dev/sfstream/" + module)).as("not published").doesNotExist();
        }
    }

    @Test
    void theParentAndTheBomCarryTheProjectMetadata() throws IOException {
        for (String pom : List.of(pom("sfstream-parent"), pom("sfstream-bom"))) {
            assertThat(pom).contains("<url>", "<name>Apache-2.0</name>", "<developers>", "</scm>",
                    "<connection>", "<description>");
            assertThat(pom).doesNotContain("SNAPSHOT");
        }
    }

    @Test
    void theBomManagesEveryPublishedModuleAndNothingElse() throws IOException {
        String bom = pom("sfstream-bom");
        List<String> managed = new ArrayList<>();
        Matcher artifactId = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(
                bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>")));
        while (artifactId.find()) {
            managed.add(artifactId.group(1));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(LIBRARY_MODULES);
        assertThat(bom).doesNotContain("<parent>");
    }

    @Test
    void aFreshProjectImportingTheBomRunsAServiceAgainstTheEmulator() throws Exception {
        Path consumer = WORK.resolve("consumer");
        deleteRecursively(consumer);
        copyRecursively(ROOT.resolve("release-test/src/it/consumer"), consumer);
        // Without -ntp: the log then names the repository each artifact came from.
        String output = run(consumer, List.of(mvn(), "-B", "-s", SETTINGS.toString(),
                "-Dmaven.repo.local=" + PRIVATE_REPOSITORY, "-Dsfstream.version=" + version, "test"),
                "consumer.log");
        assertThat(output).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
        assertThat(output).as("sfstream came from the staged repository")
                .contains("Downloaded from staged: " + STAGE.toUri() + "dev/sfstream/sfstream-bom/" + version)
                .contains("Downloaded from staged: " + STAGE.toUri() + "dev/sfstream/sfstream-core/" + version);
    }

    /**
     * Repository "staged" is the staging directory; "seed" is this build's local repository, read as a
     * file:// repository (its layout is a repository's) so that what it holds is not downloaded again.
     * Maven's default repository stays as the fallback for what it lacks.
     */
    private static void writeSettings() throws IOException {
        String seed = Path.of(System.getProperty("sfstream.seed.repository",
                System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
        String repositories = repository("staged", STAGE.toUri().toString()) + repository("seed", seed);
        Files.writeString(SETTINGS, """
                <settings>
                  <profiles>
                    <profile>
                      <id>release-test</id>
                      <repositories>%s</repositories>
                      <pluginRepositories>%s</pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>release-test</activeProfile></activeProfiles>
                </settings>
                """.formatted(repositories, repositories.replace("repository>", "pluginRepository>")),
                StandardCharsets.UTF_8);
    }

    private static String repository(String id, String url) {
        return "<repository><id>" + id + "</id><url>" + url + "</url>"
                + "<snapshots><enabled>false</enabled></snapshots></repository>";
    }

    private static String run(Path dir, List<String> command, String logName) throws Exception {
        Path log = WORK.resolve(logName);
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s in %s; log %s:%n%s", command, dir, log, tail(output)).isZero();
        return output;
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        return home != null && Files.isExecutable(Path.of(home, "bin/mvn")) ? home + "/bin/mvn" : "mvn";
    }

    private static Path artifactDir(String artifactId) {
        return STAGE.resolve("dev/sfstream/" + artifactId + "/" + version);
    }

    private static String pom(String artifactId) throws IOException {
        return Files.readString(artifactDir(artifactId).resolve(artifactId + "-" + version + ".pom"),
                StandardCharsets.UTF_8);
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
