package dev.sfstream.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code sfstream run}'s arguments read without picocli: the same fields picocli sets, or picocli's turn. */
class RunArgumentsTest {
    @Test
    void readsWhatPicocliReadsFromThePlainForms() {
        for (List<String> arguments : List.of(
                List.of("com.acme.Service"),
                List.of("--config", "config.yaml", "com.acme.Service", "com.acme.Other"),
                List.of("--config=config.yaml", "--classpath", "a.jar", "--classpath=classes", "--classpath", "b:c",
                        "com.acme.Service"),
                List.of("com.acme.Service", "--log-level", "debug", "--log-format", "json"),
                List.of("--metrics-port", "0", "--metrics-host", "0.0.0.0", "--stop-timeout", "30", "com.acme.S"),
                List.of("--metrics-port=9100", "--stop-timeout=0", "--log-level=WARN", "com.acme.S"))) {
            RunCommand picocli = new RunCommand();
            new CommandLine(picocli).parseArgs(arguments.toArray(String[]::new));
            Optional<RunCommand> read = RunArguments.parse(arguments);
            assertThat(read).as("%s", arguments).isPresent();
            assertThat(fields(read.get())).as("%s", arguments).isEqualTo(fields(picocli));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (List<String> arguments : List.of(
                List.<String>of(),
                List.of("--config", "config.yaml"),
                List.of("--help"),
                List.of("-h", "com.acme.Service"),
                List.of("--version", "com.acme.Service"),
                List.of("-hV"),
                List.of("--no-such-option", "x", "com.acme.Service"),
                List.of("com.acme.Service", "--config"),
                List.of("--config", "a.yaml", "--config", "b.yaml", "com.acme.Service"),
                List.of("--config", "--log-level", "com.acme.Service"),
                List.of("--config=", "com.acme.Service"),
                List.of("--metrics-port", "http", "com.acme.Service"),
                List.of("--metrics-port", "080", "com.acme.Service"),
                List.of("--stop-timeout", "-1", "com.acme.Service"),
                List.of("--", "com.acme.Service"),
                List.of("@arguments.txt"),
                List.of("", "com.acme.Service"))) {
            assertThat(RunArguments.parse(arguments)).as("%s", arguments).isEmpty();
        }
    }

    @Test
    void knowsEveryOptionOfTheCommandButHelpAndVersion() {
        Set<String> options = new CommandLine(new RunCommand()).getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        assertThat(RunArguments.OPTIONS).isEqualTo(options);
    }

    private static List<Object> fields(RunCommand command) {
        return List.of(String.valueOf(command.config), command.classpath, command.logLevel, command.logFormat,
                String.valueOf(command.metricsPort), command.metricsHost, command.stopTimeoutSeconds,
                command.services);
    }
}
