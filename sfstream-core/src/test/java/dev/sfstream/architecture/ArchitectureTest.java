package dev.sfstream.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries hold: a concept's {@code internal} packages are its own, and no public signature of
 * sfstream-core exposes an internal type. {@code dev.sfstream.internal} holds what every concept shares without
 * making it public API (the plain JSON codec): it is sfstream's own internals, open to all of sfstream's packages.
 * The cross-concept imports that exist today are listed below and may only shrink (the test also fails when a listed
 * one is gone, so the list follows every clean-up).
 */
class ArchitectureTest {
    private static final Path CORE = Path.of("src/main/java");

    /** Known imports of another concept's internals, to be folded away; none may be added. */
    private static final Set<String> KNOWN_CROSSINGS = Set.of(
            "dev.sfstream.streaming.internal -> dev.sfstream.delivery.internal",
            "dev.sfstream.auth.internal -> dev.sfstream.connection.internal",
            "dev.sfstream.streaming.internal -> dev.sfstream.connection.internal",
            "dev.sfstream.rest.internal -> dev.sfstream.auth.internal");

    /**
     * What the container (scanning, the service model, invocation, the lifecycle) must not know: Salesforce streaming
     * is an entrypoint extension ({@code dev.sfstream.salesforce}) on the same SPI as any other.
     */
    private static final List<String> SALESFORCE_ONLY = List.of("dev.sfstream.streaming", "dev.sfstream.pushtopic",
            "dev.sfstream.replay", "dev.sfstream.rest", "dev.sfstream.auth", "dev.sfstream.notification",
            "dev.sfstream.delivery", "dev.sfstream.annotation.Subscribe", "dev.sfstream.annotation.HandleNotification",
            "dev.sfstream.annotation.HandleSObjectNotification", "dev.sfstream.annotation.Transport",
            "dev.sfstream.annotation.NotifyForFields");

    /** sfstream-core's public types outside internal packages today (the transport SPI included); the aim is 50. */
    private static final int PUBLIC_API_TYPES_CEILING = 93;

    @Test
    void noConceptImportsAnotherConceptsInternals() throws IOException {
        Set<String> crossings = new TreeSet<>();
        for (Path root : sourceRoots()) {
            for (Path file : Boundaries.sources(root)) {
                crossings.addAll(Boundaries.foreignInternalImports(Boundaries.read(file)));
            }
        }
        assertThat(crossings).as("imports of another concept's internal package").isSubsetOf(KNOWN_CROSSINGS);
        assertThat(KNOWN_CROSSINGS).as("crossings listed as known that no longer exist: remove them from the list")
                .isSubsetOf(crossings);
    }

    @Test
    void theCheckerFindsADeliberateViolation() {
        String violating = "package dev.sfstream.container;\n\nimport dev.sfstream.delivery.internal.DeliveryPipeline;\n"
                + "import dev.sfstream.container.internal.ServiceModel;\n\nclass Bad {\n}\n";
        assertThat(Boundaries.foreignInternalImports(violating))
                .containsExactly("dev.sfstream.container -> dev.sfstream.delivery.internal");
        assertThat(Boundaries.foreignInternalImports("package dev.sfstream.rest.internal;\n\n"
                + "import dev.sfstream.internal.json.PlainJson;\n\nclass Shared {\n}\n")).isEmpty();
        assertThat(Boundaries.internalTypesInSignatures(LeakingSignature.class)).singleElement().asString()
                .contains("LeakingSignature.expose").contains("dev.sfstream.delivery.internal.DeliveryPipeline");
    }

    @Test
    void theContainerKnowsNothingOfSalesforce() {
        List<String> imports = new ArrayList<>();
        for (Path file : Boundaries.sources(CORE)) {
            imports.addAll(Boundaries.forbiddenImports(Boundaries.read(file), "dev.sfstream.container", SALESFORCE_ONLY));
        }
        assertThat(imports).as("imports of Salesforce streaming in the container").isEmpty();
    }

    @Test
    void theSalesforceRuleFindsADeliberateViolation() {
        String violating = "package dev.sfstream.container.internal;\n\nimport dev.sfstream.annotation.ServiceName;\n"
                + "import dev.sfstream.annotation.Subscribe;\nimport dev.sfstream.streaming.internal.CometdTransport;\n"
                + "import static dev.sfstream.rest.Soql.quote;\nimport dev.sfstream.restless.Other;\n\nclass Bad {\n}\n";
        assertThat(Boundaries.forbiddenImports(violating, "dev.sfstream.container", SALESFORCE_ONLY)).containsExactly(
                "dev.sfstream.container.internal -> dev.sfstream.annotation.Subscribe",
                "dev.sfstream.container.internal -> dev.sfstream.streaming.internal.CometdTransport",
                "dev.sfstream.container.internal -> dev.sfstream.rest.Soql.quote");
        assertThat(Boundaries.forbiddenImports(violating.replace("package dev.sfstream.container.internal;",
                "package dev.sfstream.salesforce.internal;"), "dev.sfstream.container", SALESFORCE_ONLY)).isEmpty();
    }

    @Test
    void noPublicSignatureOfTheCoreExposesAnInternalType() throws ClassNotFoundException {
        List<String> leaks = new ArrayList<>();
        for (Path file : Boundaries.sources(CORE)) {
            if (Boundaries.isPublicApiType(file, Boundaries.read(file))) {
                leaks.addAll(Boundaries.internalTypesInSignatures(Class.forName(Boundaries.typeName(CORE, file))));
            }
        }
        assertThat(leaks).as("public members naming internal types").isEmpty();
    }

    @Test
    void theCoresPublicApiDoesNotGrow() {
        long publicTypes = Boundaries.sources(CORE).stream()
                .filter(file -> Boundaries.isPublicApiType(file, Boundaries.read(file))).count();
        System.out.println("sfstream-core public types outside internal packages: " + publicTypes);
        assertThat(publicTypes).isLessThanOrEqualTo(PUBLIC_API_TYPES_CEILING);
    }

    private static List<Path> sourceRoots() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(CORE));
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            modules.filter(module -> module.getFileName().toString().startsWith("sfstream-"))
                    .map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .filter(root -> !root.toAbsolutePath().normalize()
                            .equals(CORE.toAbsolutePath().normalize()))
                    .forEach(roots::add);
        }
        return roots;
    }

    /** A public type that names an internal type in its public signature (what the checker must catch). */
    public static final class LeakingSignature {
        public dev.sfstream.delivery.internal.DeliveryPipeline expose() {
            return null;
        }
    }
}
