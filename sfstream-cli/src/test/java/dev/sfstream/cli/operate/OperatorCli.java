package dev.sfstream.cli.operate;

import dev.sfstream.cli.SfstreamCommand;
import dev.sfstream.emulator.Emulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code sfstream} commands in this JVM with a config file for a test's emulator, capturing both outputs. */
public final class OperatorCli {
    private final Path config;

    private OperatorCli(Path config) {
        this.config = config;
    }

    /** A config file in {@code dir} that logs in to the emulator, with {@code extraKeys} in its SALESFORCE section. */
    public static OperatorCli forEmulator(Emulator emulator, Path dir, Map<String, Object> extraKeys) {
        Map<String, Object> section = emulator.salesforceConfig();
        section.putAll(extraKeys);
        return withSection(dir, section);
    }

    /** A config file whose SALESFORCE section holds exactly {@code section}. */
    public static OperatorCli withSection(Path dir, Map<String, Object> section) {
        StringBuilder yaml = new StringBuilder("SALESFORCE:\n");
        section.forEach((key, value) -> yaml.append("  ").append(key).append(": ")
                .append(value instanceof String text ? "'" + text.replace("'", "''") + "'" : value).append('\n'));
        try {
            Path file = Files.createTempFile(dir, "config", ".yaml");
            Files.writeString(file, yaml);
            return new OperatorCli(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The config file. */
    public Path config() {
        return config;
    }

    /** Runs {@code sfstream COMMAND... --config FILE ARGS...}: the command words, then the config, then the rest. */
    public Result run(List<String> command, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, command, arguments);
        return new Result(status, out.toString(), err.toString());
    }

    /** As {@link #run(List, String...)}, printing to the given writers while it runs (for a command that waits). */
    public int run(StringWriter out, StringWriter err, List<String> command, String... arguments) {
        List<String> line = new ArrayList<>(command);
        line.add("--config");
        line.add(config.toString());
        line.addAll(List.of(arguments));
        return execute(out, err, line.toArray(String[]::new));
    }

    /** Runs {@code sfstream ARGS...} as given. */
    public static Result raw(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = execute(out, err, arguments);
        return new Result(status, out.toString(), err.toString());
    }

    private static int execute(StringWriter out, StringWriter err, String... arguments) {
        return SfstreamCommand.execute(arguments, line -> line.setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)));
    }

    /**
     * What a command did.
     *
     * @param status its exit status
     * @param out what it printed on its output
     * @param err what it printed on its error stream
     */
    public record Result(int status, String out, String err) {
    }
}
