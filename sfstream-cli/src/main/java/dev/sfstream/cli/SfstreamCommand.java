package dev.sfstream.cli;

import dev.sfstream.cli.deadletters.DeadLettersCommand;
import dev.sfstream.cli.demo.DemoCommand;
import dev.sfstream.cli.emulator.EmulatorCommand;
import dev.sfstream.cli.publish.PublishCommand;
import dev.sfstream.cli.replay.ReplayCommand;
import dev.sfstream.cli.run.RunCommand;
import dev.sfstream.cli.tail.TailCommand;
import dev.sfstream.cli.topics.TopicsCommand;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sfstream} command and its subcommands, each its own class listed below, read by picocli. */
@Command(name = "sfstream", mixinStandardHelpOptions = true, version = "sfstream 0.1.0",
        description = "Salesforce Streaming API services for Java, and a local Salesforce emulator.")
public final class SfstreamCommand implements Runnable {
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("emulator", EmulatorCommand::new),
            new Subcommand("run", RunCommand::new),
            new Subcommand("demo", DemoCommand::new),
            new Subcommand("tail", TailCommand::new),
            new Subcommand("topics", TopicsCommand::new),
            new Subcommand("publish", PublishCommand::new),
            new Subcommand("replay", ReplayCommand::new),
            new Subcommand("dead-letters", DeadLettersCommand::new));

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command the arguments name. A subcommand is run from a command line of its own, named
     * {@code sfstream NAME}: picocli then reads the options of that one command only, instead of loading every
     * command's classes at each start (a start of {@code sfstream tail} builds no emulator, demo or other
     * command). Anything else (no argument, {@code --help}, {@code --version}, a typo) goes to the whole tree.
     *
     * @param setup applied to the command line before it runs (tests set its output streams)
     * @return the exit status
     */
    public static int execute(String[] args, UnaryOperator<CommandLine> setup) {
        CommandLine subcommand = args.length == 0 ? null : subcommandLine(args[0]);
        return subcommand == null ? setup.apply(commandLine()).execute(args)
                : setup.apply(subcommand).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    /** The command line of one subcommand alone, named {@code sfstream NAME}; null for an unknown name. */
    static CommandLine subcommandLine(String name) {
        return SUBCOMMANDS.stream().filter(subcommand -> subcommand.name().equals(name)).findFirst()
                .map(subcommand -> new CommandLine(subcommand.factory().get()).setCommandName("sfstream " + name))
                .orElse(null);
    }

    /** The whole command tree: {@code sfstream} and every subcommand. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new SfstreamCommand());
        SUBCOMMANDS.forEach(subcommand -> line.addSubcommand(subcommand.name(), subcommand.factory().get()));
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private record Subcommand(String name, Supplier<Object> factory) {
    }
}
