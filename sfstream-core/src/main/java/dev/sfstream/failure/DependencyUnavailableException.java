package dev.sfstream.failure;

/** Thrown by a dependency that cannot do its work now because something it needs is unavailable. */
public class DependencyUnavailableException extends SfstreamException implements DependencyUnavailable {
    public DependencyUnavailableException(String message) {
        super(message);
    }

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
