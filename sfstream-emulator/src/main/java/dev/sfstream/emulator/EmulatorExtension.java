package dev.sfstream.emulator;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs an {@link Emulator} with fast timers. Register it with
 * {@code @RegisterExtension}: on a static field one emulator serves the whole class, on an instance field
 * each test gets a fresh one ({@code @Nested} classes share their outer class's). Tests can take an {@link Emulator} parameter or call {@link #emulator()}.
 */
public final class EmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** System property that, set to {@code true}, makes every emulator of this extension serve HTTPS. */
    public static final String TLS_PROPERTY = "sfstream.emulator.tls";

    private final Consumer<Emulator.Builder> configuration;
    private Emulator emulator;
    private boolean perClass;
    private int classDepth;

    /** Default org, any free port, {@link dev.sfstream.emulator.spi.EmulatorTimers#fast() fast timers}. */
    public EmulatorExtension() {
        this(builder -> { });
    }

    /** Applies {@code configuration} to a builder that already has fast timers. */
    public EmulatorExtension(Consumer<Emulator.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /** Like {@link #EmulatorExtension()} but serving HTTPS ({@link Emulator.Builder#tls()}). */
    public static EmulatorExtension withTls() {
        return new EmulatorExtension(Emulator.Builder::tls);
    }

    /** The running emulator. */
    public Emulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only while a test of the registering class runs");
        }
        return emulator;
    }

    public String baseUrl() {
        return emulator().baseUrl();
    }

    /** The running emulator's Pub/Sub API port. */
    public int pubSubPort() {
        return emulator().pubSubPort();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        if (classDepth++ == 0) {
            emulator = startNew();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classDepth == 0) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            emulator = startNew();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator();
    }

    private Emulator startNew() {
        Emulator.Builder builder = Emulator.builder().fastTimers();
        if (Boolean.getBoolean(TLS_PROPERTY)) {
            builder.tls();
        }
        configuration.accept(builder);
        return builder.start();
    }

    private void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
