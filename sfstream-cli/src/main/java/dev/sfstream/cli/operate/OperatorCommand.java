package dev.sfstream.cli.operate;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** An operator command: takes {@code --config FILE}, prints to its output, reports failures as {@link OperatorRun} does. */
public abstract class OperatorCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;
    @Mixin
    protected ConfigOption config;

    @Override
    public final Integer call() {
        return OperatorRun.run(spec, () -> run(spec.commandLine().getOut()));
    }

    /** Does the command's work; returns its exit status. */
    protected abstract int run(PrintWriter out) throws Exception;
}
