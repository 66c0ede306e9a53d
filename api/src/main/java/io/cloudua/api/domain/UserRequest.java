package io.cloudua.api.domain;

/**
 * A validated create/update body of a domain's digest user. {@code secret} is the plain password
 * the store turns into HA1 hashes; it is never printed by {@link #toString()}.
 */
public record UserRequest(String key, String secret) {

    @Override
    public String toString() {
        return "UserRequest[key=" + key + ", secret=<redacted>]";
    }
}
