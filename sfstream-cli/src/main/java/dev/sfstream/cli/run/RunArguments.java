package dev.sfstream.cli.run;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the arguments of {@code sfstream run} without picocli, so that a start of a service loads none of it:
 * picocli is Java 5 bytecode, which a class data archive cannot hold and which is verified the slow way at every
 * start. Only the plain forms are read here ({@code --option value}, {@code --option=value}, a repeated
 * {@code --classpath}, service class names), into exactly the fields picocli would set; anything else (help,
 * version, an unknown option, a missing, repeated or malformed value, {@code --}, an {@code @file}) is left to
 * picocli, which then reads the whole command line with its usual messages.
 */
final class RunArguments {
    /** The options read here: every option of {@link RunCommand} except help and version. */
    static final Set<String> OPTIONS = Set.of("--config", "--classpath", "--log-level", "--log-format",
            "--metrics-port", "--metrics-host", "--stop-timeout");

    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");

    private RunArguments() {
    }

    /** The command with the arguments set, or empty when picocli has to read them. */
    static Optional<RunCommand> parse(List<String> arguments) {
        RunCommand command = new RunCommand();
        List<String> services = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.isEmpty() || argument.startsWith("@")) {
                return Optional.empty();
            }
            if (!argument.startsWith("-")) {
                services.add(argument);
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                return Optional.empty();
            }
            boolean repeatable = name.equals("--classpath");
            if (!OPTIONS.contains(name) || value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !seen.add(name) && !repeatable
                    || !set(command, name, value)) {
                return Optional.empty();
            }
        }
        if (services.isEmpty()) {
            return Optional.empty();
        }
        command.services = services;
        return Optional.of(command);
    }

    private static boolean set(RunCommand command, String name, String value) {
        switch (name) {
            case "--config" -> {
                try {
                    command.config = Path.of(value);
                } catch (InvalidPathException invalid) {
                    return false;
                }
            }
            case "--classpath" -> command.classpath.add(value);
            case "--log-level" -> command.logLevel = value;
            case "--log-format" -> command.logFormat = value;
            case "--metrics-host" -> command.metricsHost = value;
            case "--metrics-port", "--stop-timeout" -> {
                if (!NUMBER.matcher(value).matches()) {
                    return false;
                }
                if (name.equals("--metrics-port")) {
                    command.metricsPort = Integer.valueOf(value);
                } else {
                    command.stopTimeoutSeconds = Long.parseLong(value);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
