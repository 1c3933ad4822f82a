package dev.sfstream.failure;

/** The base of every exception sfstream throws; the specific ones say what failed. */
public class SfstreamException extends RuntimeException {
    public SfstreamException(String message) {
        super(message);
    }

    public SfstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
