package io.cloudua.api.token;

import java.time.Instant;

/**
 * What a verified API bearer token says: which domain's calls it may control, until when, and
 * its id ({@code jti}) so that a single token can be identified in logs or revoked.
 */
public record ApiTokenClaims(String domain, Instant expiresAt, String tokenId) {
}
