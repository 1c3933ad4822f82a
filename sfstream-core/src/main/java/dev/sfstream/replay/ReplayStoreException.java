package dev.sfstream.replay;

/** A replay store could not be read or written. */
public class ReplayStoreException extends RuntimeException {
    public ReplayStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
