package dev.sfstream.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.Dependency;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.rest.SalesforceApi;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service without Salesforce entrypoints (here only another extension's) that uses {@code @Dependency
 * SalesforceApi}: the Salesforce extension starts for the dependency alone, logs in and opens no streaming session.
 */
class SalesforceApiWithoutStreamingTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Poke {
    }

    /** Fires its entrypoints by hand. */
    static final class PokeExtension implements EntrypointExtension {
        final AtomicReference<Runnable> poke = new AtomicReference<>();

        @Override
        public Class<? extends Annotation> annotationType() {
            return Poke.class;
        }

        @Override
        public Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker) {
            poke.set(() -> {
                try {
                    invoker.invoke(entrypoints.get(0), List.of("Poked"), Map.of(), List.of());
                } catch (Exception failure) {
                    throw new IllegalStateException(failure);
                }
            });
            return Running.of(timeout -> { }, () -> { });
        }
    }

    @ServiceName("account-writer")
    public static class AccountWriter {
        @Dependency
        SalesforceApi salesforce;

        @Poke
        public void write(String name) {
            salesforce.create("Account", Map.of("Name", name));
        }
    }

    @Test
    void theSalesforceApiDependencyLogsInWithoutStreaming() {
        Emulator emulator = emulators.emulator();
        PokeExtension pokes = new PokeExtension();
        ServiceContainer container = ServiceContainer.builder(AccountWriter.class).extension(pokes)
                .config(SfstreamConfig.of(Map.of("SALESFORCE", emulator.salesforceConfig()))).build();
        container.start();
        try {
            pokes.poke.get().run();
            assertThat(emulator.requests()).anyMatch(request -> request.method().equals("POST")
                    && request.path().contains("/sobjects/Account"));
            assertThat(emulator.requests()).noneMatch(request -> request.path().contains("/cometd/"));
            assertThat(container.isStreaming()).isTrue();
        } finally {
            container.stop();
        }
    }
}
