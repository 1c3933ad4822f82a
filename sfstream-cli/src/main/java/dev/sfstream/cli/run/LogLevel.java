package dev.sfstream.cli.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** Sets how much the command logs ({@code --log-level}). */
public final class LogLevel {
    private static final String SFSTREAM_LOGGER = "dev.sfstream";
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    private LogLevel() {
    }

    /**
     * Sets the level of the root logger and of sfstream's loggers.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static void apply(String level) {
        String name = level.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(name)) {
            throw new IllegalArgumentException("--log-level " + level + " is not one of trace, debug, info, warn, "
                    + "error, off");
        }
        for (String logger : new String[] {org.slf4j.Logger.ROOT_LOGGER_NAME, SFSTREAM_LOGGER}) {
            if (LoggerFactory.getLogger(logger) instanceof Logger configurable) {
                configurable.setLevel(Level.toLevel(name));
            }
        }
    }
}
