package io.cloudua.api.token;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API bearer tokens already verified, by their exact text. Why: a device sends the same token on every REST
 * call, and verifying it (parse, JSON, HMAC) was most of the JWT share of a loaded gateway's CPU.
 *
 * <p>Only genuine tokens of the right type are stored, so garbage cannot fill it, and an entry is used only
 * while {@code now} is before the token's {@code exp}: past it the entry is dropped and the caller verifies
 * again, which refuses the token exactly as without the cache. An entry is only as good as the key ring that
 * verified it, so {@link JwtCodec} keeps one cache per ring and starts an empty one when its keys change.
 * Bounded: when full it is emptied, which costs one verification per live token. Thread-safe.
 */
final class VerifiedTokenCache {
    /** Far more live tokens than a node serves; at most a few MB. */
    static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, ApiTokenClaims> verified = new ConcurrentHashMap<>();
    private final int maxEntries;

    VerifiedTokenCache() {
        this(DEFAULT_MAX_ENTRIES);
    }

    VerifiedTokenCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** The claims of {@code token} if it was verified and has not expired at {@code now}, else null. */
    ApiTokenClaims get(String token, Instant now) {
        ApiTokenClaims claims = verified.get(token);
        if (claims == null) {
            return null;
        }
        if (!now.isBefore(claims.expiresAt())) {   // the same test as JwtCodec's: no leeway
            verified.remove(token, claims);
            return null;
        }
        return claims;
    }

    /** Remembers a token that just verified with these claims. */
    void put(String token, ApiTokenClaims claims) {
        if (verified.size() >= maxEntries) {
            verified.clear();
        }
        verified.put(token, claims);
    }

    int size() {
        return verified.size();
    }
}
