package dev.sfstream.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;

/**
 * The command line's logging, set up in code (found by logback with {@code ServiceLoader}) rather than read from
 * a {@code logback.xml}: parsing XML loads the JDK's XML parser and logback's configuration model, hundreds of
 * classes, at every start. Lines go to standard error as {@value #PATTERN} (written by {@link ConsoleLine}, without
 * logback's pattern compiler); sfstream and everything else at
 * INFO, Jetty and CometD at WARN. A configuration of the user's own takes precedence: a
 * {@code logback.configurationFile} system property, or a {@code logback-test.xml} or {@code logback.xml} on
 * the class path.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    /** The layout of a text log line. */
    public static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private final ClassLoader classLoader;
    private final UnaryOperator<String> systemProperties;

    /** The configurator logback instantiates: looks for a user configuration on this class's class path. */
    public ConsoleLogging() {
        this(ConsoleLogging.class.getClassLoader(), System::getProperty);
    }

    ConsoleLogging(ClassLoader classLoader, UnaryOperator<String> systemProperties) {
        this.classLoader = classLoader;
        this.systemProperties = systemProperties;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (userConfigurationPresent()) {
            addInfo("A logback configuration of the user's own is present: leaving the configuration to it");
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleLine layout = new ConsoleLine();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("ERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        context.getLogger("dev.sfstream").setLevel(Level.INFO);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("org.cometd").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private boolean userConfigurationPresent() {
        return systemProperties.apply(ContextInitializer.CONFIG_FILE_PROPERTY) != null
                || classLoader.getResource(ContextInitializer.TEST_AUTOCONFIG_FILE) != null
                || classLoader.getResource(ContextInitializer.AUTOCONFIG_FILE) != null;
    }
}
