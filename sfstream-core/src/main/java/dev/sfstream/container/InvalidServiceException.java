package dev.sfstream.container;

/**
 * A service class cannot run as written: the message names the class, the method or field and the
 * annotation at fault, and says what is expected.
 */
public class InvalidServiceException extends RuntimeException {
    public InvalidServiceException(String message) {
        super(message);
    }
}
