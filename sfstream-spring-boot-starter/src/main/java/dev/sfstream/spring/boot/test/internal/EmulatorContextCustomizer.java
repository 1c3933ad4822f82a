package dev.sfstream.spring.boot.test.internal;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.spring.boot.test.EmulatorProperties;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts an emulator for one application context, puts its login settings first among the context's property
 * sources as {@code sfstream.salesforce.*}, and registers it as bean {@code sfstreamEmulator}, closed with the context.
 * Equal for equal settings, so that Spring's test context cache shares a context (and its emulator) between them.
 */
final class EmulatorContextCustomizer implements ContextCustomizer {
    static final String BEAN_NAME = "sfstreamEmulator";
    private final boolean fastTimers;

    EmulatorContextCustomizer(boolean fastTimers) {
        this.fastTimers = fastTimers;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        Emulator.Builder builder = Emulator.builder();
        if (fastTimers) {
            builder.fastTimers();
        }
        Emulator emulator = builder.start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sfstream emulator "
                + emulator.baseUrl(), EmulatorProperties.of(emulator)));
        context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
        // Destroyed with the singletons, so after the services (a lifecycle) have stopped.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean(BEAN_NAME, emulator::close);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmulatorContextCustomizer customizer && customizer.fastTimers == fastTimers;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(fastTimers);
    }
}
