package io.cloudua.api.domain;

/**
 * The response view of a digest user of a domain ({@code {"key":"user-1","domain":"mydomain"}}).
 * Deliberately has no secret field: secrets are write-only and stored only as HA1 hashes.
 */
public record DomainUser(String key, String domain) {
}
