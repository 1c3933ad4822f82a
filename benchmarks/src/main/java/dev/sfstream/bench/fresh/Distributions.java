package dev.sfstream.bench.fresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finds the CLI distribution built from this checkout, which the fresh-JVM scenarios start {@code sfstream run} from. */
public final class Distributions {
    private static final Path TARGET = Path.of("sfstream-cli", "target");

    private Distributions() {
    }

    /**
     * {@code configured} when given (benchmarks/run passes the one {@code ./sfstream} built), else the newest
     * {@code sfstream-cli/target/sfstream-cli-VERSION-dist/sfstream-VERSION} under the working directory.
     *
     * @throws IllegalStateException when there is none, saying how to build it
     */
    public static Path cli(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> dists = Files.exists(TARGET) ? Files.list(TARGET) : Stream.empty()) {
            return dists.filter(d -> d.getFileName().toString().matches("sfstream-cli-.*-dist"))
                    .flatMap(Distributions::children)
                    .filter(d -> Files.isExecutable(d.resolve("bin/sfstream")))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no CLI distribution under " + TARGET.toAbsolutePath()
                            + ": build it with ./sfstream --help, or pass --sfstream-dist"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for the CLI distribution under " + TARGET, e);
        }
    }

    private static Stream<Path> children(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
