package io.cloudua.api.token;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * One HMAC-SHA256 key, named by the {@code kid} that tokens carry in their header so that a
 * verifier picks the right key during rotation.
 *
 * <p>The secret must be at least 32 bytes: RFC 7518 section 3.2 requires a key at least as long
 * as the hash for HS256, and shorter keys are a brute-force risk. A bad key is a configuration
 * error, so the constructor throws. The secret is copied in and out (callers cannot change it
 * afterwards) and is never printed by {@link #toString()}.
 */
public record SigningKey(String kid, byte[] secret) {

    /** Minimum secret length in bytes. */
    public static final int MIN_SECRET_BYTES = 32;
    /** Longest kid accepted; kids travel in every token header. */
    public static final int MAX_KID_LENGTH = 64;

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(secret, "secret");
        if (kid.isBlank() || kid.length() > MAX_KID_LENGTH
                || kid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("kid must be 1.." + MAX_KID_LENGTH
                    + " characters, not blank, without control characters");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("secret of key " + kid + " must be at least "
                    + MIN_SECRET_BYTES + " bytes, got " + secret.length);
        }
        secret = secret.clone();
    }

    /** A copy of the secret. */
    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && kid.equals(other.kid)
                && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return 31 * kid.hashCode() + Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", secret=<redacted>]";
    }
}
