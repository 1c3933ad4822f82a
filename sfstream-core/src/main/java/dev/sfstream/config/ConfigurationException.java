package dev.sfstream.config;

/** The configuration is missing a key or has a bad value; the message names the key, never a secret value. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
