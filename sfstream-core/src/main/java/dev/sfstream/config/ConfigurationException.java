package dev.sfstream.config;

import dev.sfstream.failure.SfstreamException;

/** The configuration is missing a key or has a bad value; the message names the key, never a secret value. */
public class ConfigurationException extends SfstreamException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
