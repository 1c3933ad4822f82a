package dev.sfstream.bench.fresh;

import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.bench.service.ProbeProvider;
import dev.sfstream.container.DependencyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path a user would hand {@code sfstream run --classpath}: a directory with the benchmark services and
 * the probe (and nothing else of the benchmarks), and the provider of the probe's {@code @Dependency} listed in
 * {@code META-INF/services}. Nothing else: the CLI distribution carries the Pub/Sub transport itself.
 */
public final class ServiceDirectory {
    private ServiceDirectory() {
    }

    /** Builds the directory under {@code target} (emptied first); returns it. */
    public static Path build(Path target) {
        try {
            Path classes = benchmarkClasses();
            deleteTree(target);
            for (Class<?> type : List.of(EventProbe.class, ProbeProvider.class)) {
                String folder = type.getPackageName().replace('.', '/');
                Path to = Files.createDirectories(target.resolve(folder));
                try (Stream<Path> files = Files.list(classes.resolve(folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        Files.copy(file, to.resolve(file.getFileName()));
                    }
                }
            }
            Path services = Files.createDirectories(target.resolve("META-INF/services"));
            Files.writeString(services.resolve(DependencyProvider.class.getName()), ProbeProvider.class.getName() + "\n");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the service class path in " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path benchmarkClasses() {
        try {
            return Path.of(ProbeProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the benchmark classes are not in a directory", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
