package dev.sfstream.cli;

import dev.sfstream.cli.run.RunCommand;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code sfstream} command line's entry point. {@code sfstream run} with its usual arguments starts without
 * picocli ({@link RunCommand#executeWithoutPicocli}); every other command line goes to {@link SfstreamCommand}.
 * This class names no picocli type, so that the JVM, which inspects the main class's methods, loads none of it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = execute(args);
        PendingArchive.discardIfFailed(status, System.getProperty(PendingArchive.PROPERTY));
        System.exit(status);
    }

    private static int execute(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            Optional<Integer> status = RunCommand.executeWithoutPicocli(Arrays.asList(args).subList(1, args.length));
            if (status.isPresent()) {
                return status.get();
            }
        }
        return SfstreamCommand.execute(args, UnaryOperator.identity());
    }
}
