package dev.sfstream.cli.operate;

import dev.sfstream.failure.SfstreamException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs an operator command's action: what it reports goes to the command's output; a configuration error, an
 * {@link OperatorException}, a Salesforce or Redis failure is printed as one line
 * {@code sfstream COMMAND: message} on the error stream, with exit status 1.
 */
public final class OperatorRun {
    private OperatorRun() {
    }

    /** Runs {@code action} and returns its status, or 1 after printing the failure. */
    public static int run(CommandSpec spec, Callable<Integer> action) {
        try {
            return action.call();
        } catch (SfstreamException | OperatorException | IllegalArgumentException | IllegalStateException
                 | JedisException failure) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + failure.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception other) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + other);
            return 1;
        }
    }
}
