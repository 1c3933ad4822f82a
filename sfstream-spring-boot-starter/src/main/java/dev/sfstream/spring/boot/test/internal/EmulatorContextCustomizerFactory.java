package dev.sfstream.spring.boot.test.internal;

import dev.sfstream.spring.boot.test.SfstreamEmulatorTest;
import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Gives a test class annotated {@link SfstreamEmulatorTest} an {@link EmulatorContextCustomizer}. */
public final class EmulatorContextCustomizerFactory implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(SfstreamEmulatorTest.class)
                .synthesize(annotation -> annotation.isPresent())
                .map(annotation -> new EmulatorContextCustomizer(annotation.fastTimers()))
                .orElse(null);
    }
}
