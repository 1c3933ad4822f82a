package dev.sfstream.bench.fresh;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The executables the fresh-JVM clients start with: the harness's own JDK for every client. */
final class Launchers {
    private Launchers() {
    }

    /** {@code java} of the JDK running the harness. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path with every entry absolute, for a child started in another directory. */
    static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    /** The JDK running the harness, for launchers that read {@code JAVA_HOME}. */
    static String javaHome() {
        return System.getProperty("java.home");
    }
}
