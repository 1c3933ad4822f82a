package dev.sfstream.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written line against logback's own rendering of {@link ConsoleLogging#PATTERN}. */
class ConsoleLineTest {
    @Test
    void writesWhatLogbacksPatternLayoutWrites() {
        LoggerContext context = new LoggerContext();
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(context);
        pattern.setPattern(ConsoleLogging.PATTERN);
        pattern.start();
        ConsoleLine line = new ConsoleLine();
        line.setContext(context);
        line.start();
        Exception cause = new IllegalStateException("inner");
        Exception failure = new UncheckedIOException("outer", new IOException("middle", cause));
        failure.addSuppressed(new RuntimeException("suppressed"));
        List<LoggingEvent> events = List.of(
                event(context, "dev.sfstream.auth.SalesforceLogin", Level.INFO, "Logged in as {}", null,
                        1_764_720_000_007L),
                event(context, "Root", Level.WARN, "no dot", null, 1_764_759_599_999L),
                event(context, "dev.sfstream.x.Y", Level.ERROR, "failed: {}", failure, 1_764_720_123_456L),
                event(context, "a.b.C", Level.DEBUG, "debug", null, 0L),
                event(context, "a.b.C", Level.TRACE, "trace", null, 59_999L));

        for (LoggingEvent event : events) {
            assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event));
        }
        context.stop();
    }

    private static LoggingEvent event(LoggerContext context, String logger, Level level, String message,
                                      Throwable throwable, long timeStamp) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger(logger), level, message, throwable,
                new Object[] {"someone"});
        event.setTimeStamp(timeStamp);
        return event;
    }
}
