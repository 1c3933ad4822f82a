package dev.sfstream.container;

import dev.sfstream.failure.SfstreamException;

/**
 * A service class cannot run as written: the message names the class, the method or field and the
 * annotation at fault, and says what is expected.
 */
public class InvalidServiceException extends SfstreamException {
    public InvalidServiceException(String message) {
        super(message);
    }
}
