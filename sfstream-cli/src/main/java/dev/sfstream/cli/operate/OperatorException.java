package dev.sfstream.cli.operate;

/** A failure an operator command reports as one line (exit status 1): an unknown topic, a refused change. */
public final class OperatorException extends RuntimeException {
    public OperatorException(String message) {
        super(message);
    }
}
