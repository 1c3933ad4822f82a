package dev.sfstream.cli.run;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Iterator;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Sets how the command's log lines look ({@code --log-format}): {@code text} (the default pattern, as
 * configured) or {@code json}, one JSON object a line with the time, level, thread, logger, MDC (a
 * handler's service, entrypoint, channel, replay_id and call_id), {@code formattedMessage} and any throwable,
 * for a log shipper.
 */
public final class LogFormat {
    private LogFormat() {
    }

    /**
     * Applies a format to every console appender of the root logger.
     *
     * @throws IllegalArgumentException naming the value when it is neither {@code text} nor {@code json}
     */
    public static void apply(String format) {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (name.equals("text")) {
            return;
        }
        if (!name.equals("json")) {
            throw new IllegalArgumentException("--log-format " + format + " is not one of text, json");
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Iterator<Appender<ILoggingEvent>> appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> console) {
                JsonEncoder encoder = new JsonEncoder();
                encoder.setContext(context);
                encoder.setWithFormattedMessage(true);
                encoder.setWithMessage(false);
                encoder.setWithArguments(false);
                encoder.setWithContext(false);
                encoder.setWithNanoseconds(false);
                encoder.setWithSequenceNumber(false);
                encoder.start();
                console.stop();
                console.setEncoder(encoder);
                console.start();
            }
        }
    }
}
