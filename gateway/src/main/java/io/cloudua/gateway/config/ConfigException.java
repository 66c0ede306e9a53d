package io.cloudua.gateway.config;

/** Invalid configuration: the message names the key and the reason, and start-up stops. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
