package dev.sfstream.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The command line's logging made in code, and the user's own configuration taking precedence over it. */
class ConsoleLoggingTest {
    /** A class path with no logback configuration on it (the bootstrap loader's). */
    private static final ClassLoader NO_USER_CONFIGURATION = new URLClassLoader(new URL[0], null);

    @Test
    void logsTextLinesToStandardErrorAtInfoWithJettyAndCometdAtWarn() {
        LoggerContext context = new LoggerContext();
        ExecutionStatus status = new ConsoleLogging(NO_USER_CONFIGURATION, name -> null).configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("dev.sfstream").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.cometd").getLevel()).isEqualTo(Level.WARN);
        Appender<ILoggingEvent> appender = root.getAppender("ERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.isStarted()).isTrue();

        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.sfstream.auth.SalesforceLogin"),
                Level.INFO, "Logged in as {}", null, new Object[] {"someone"});
        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertThat(line).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  SalesforceLogin - Logged in as someone"
                + System.lineSeparator());
        context.stop();
    }

    @Test
    void aConfigurationFilePropertyTakesPrecedence() {
        assertLeftToTheUser(NO_USER_CONFIGURATION, Map.of("logback.configurationFile", "/etc/sfstream/logback.xml"));
    }

    @Test
    void aLogbackXmlOnTheClassPathTakesPrecedence(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("logback.xml"), "<configuration/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertLeftToTheUser(loader, Map.of());
        }
    }

    @Test
    void aLogbackTestXmlOnTheClassPathTakesPrecedence() {
        // this module's test class path holds one
        assertLeftToTheUser(ConsoleLoggingTest.class.getClassLoader(), Map.of());
    }

    private static void assertLeftToTheUser(ClassLoader loader, Map<String, String> properties) {
        LoggerContext context = new LoggerContext();
        assertThat(new ConsoleLogging(loader, properties::get).configure(context))
                .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders()).isExhausted();
        context.stop();
    }
}
