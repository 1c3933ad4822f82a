package dev.sfstream.container.internal;

import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.failure.Failure;
import java.util.function.Consumer;

/**
 * What a starting extension reports to the container: the step it is on (named when the start fails), the parts
 * it started (released with the service) and its failure for good.
 */
final class ExtensionStartup implements EntrypointExtension.Startup {
    private final StartedParts parts;
    private final Consumer<String> steps;
    private final Consumer<Failure> failures;

    ExtensionStartup(StartedParts parts, Consumer<String> steps, Consumer<Failure> failures) {
        this.parts = parts;
        this.steps = steps;
        this.failures = failures;
    }

    @Override
    public void step(String description) {
        steps.accept(description);
    }

    @Override
    public void started(String name, EntrypointExtension.Running part) {
        parts.add(name, part::stop, part::kill);
    }

    @Override
    public void failed(Failure failure) {
        failures.accept(failure);
    }
}
