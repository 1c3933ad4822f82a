package dev.sfstream.bench.fresh;

import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.bench.service.ProbeProvider;
import dev.sfstream.container.DependencyProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path a user would hand {@code sfstream run --classpath}: a directory with the benchmark services and
 * the probe (and nothing else of the benchmarks), and the provider of the probe's {@code @Dependency} listed in
 * {@code META-INF/services}. For a transport the CLI does not carry ({@code sfstream-pubsub}), the jars of this JVM's
 * class path that the CLI's {@code lib/} lacks are added.
 */
public final class ServiceDirectory {
    private static final Pattern VERSION = Pattern.compile("-\\d[^/]*\\.jar$");

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

    /**
     * The entries of this JVM's class path whose artifact the CLI's {@code lib} does not hold (a jar by its file
     * name without the version, a module's {@code target/classes} by the module's directory name), e.g.
     * {@code sfstream-pubsub} for the Pub/Sub transport; the benchmarks' own classes are left out.
     */
    public static List<Path> jarsMissingFrom(Path cliLib) {
        Set<String> held;
        try (Stream<Path> jars = Files.list(cliLib)) {
            held = jars.map(jar -> artifact(jar.getFileName().toString())).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the CLI's " + cliLib, e);
        }
        Path own = benchmarkClasses().toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            String artifact = artifact(path);
            if (!path.equals(own) && artifact != null && !held.contains(artifact)) {
                missing.add(path);
            }
        }
        return missing;
    }

    private static String artifact(Path entry) {
        if (entry.toString().endsWith(".jar")) {
            return artifact(entry.getFileName().toString());
        }
        if (entry.endsWith(Path.of("target", "classes")) && entry.getNameCount() > 2) {
            return entry.getParent().getParent().getFileName().toString();
        }
        return null;
    }

    static String artifact(String jarName) {
        return VERSION.matcher(jarName).replaceFirst("");
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
