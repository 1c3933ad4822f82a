package dev.sfstream.cli.run;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path the services are loaded from: each {@code --classpath} entry is a jar or a directory of
 * classes (whose jars are added too); an entry may list several paths separated by the platform's path
 * separator.
 */
public final class ServiceClassPath {
    private ServiceClassPath() {
    }

    /**
     * A class loader over the entries, with the command's own class path as parent.
     *
     * @throws IllegalArgumentException naming an entry that does not exist
     */
    public static ClassLoader of(List<String> entries, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String entry : entries) {
            for (String part : entry.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    urls.addAll(urlsOf(Path.of(part.trim())));
                }
            }
        }
        return urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static List<URL> urlsOf(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("--classpath entry " + path + " does not exist");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(url(path));
        if (Files.isDirectory(path)) {
            try (Stream<Path> jars = Files.list(path)) {
                jars.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted()
                        .forEach(jar -> urls.add(url(jar)));
            } catch (IOException unreadable) {
                throw new IllegalArgumentException("--classpath entry " + path + " cannot be read: "
                        + unreadable.getMessage(), unreadable);
            }
        }
        return urls;
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalArgumentException("--classpath entry " + path + " is not a valid path", impossible);
        }
    }

    /**
     * Loads a service class by its binary name.
     *
     * @throws IllegalArgumentException naming the class when it is not on the class path
     */
    public static Class<?> load(ClassLoader loader, String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException missing) {
            throw new IllegalArgumentException("service class " + className
                    + " is not on the class path (add its jar or classes directory with --classpath)");
        }
    }
}
