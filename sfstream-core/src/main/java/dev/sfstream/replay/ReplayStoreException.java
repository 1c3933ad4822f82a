package dev.sfstream.replay;

import dev.sfstream.failure.SfstreamException;

/** A replay store could not be read or written. */
public class ReplayStoreException extends SfstreamException {
    public ReplayStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
