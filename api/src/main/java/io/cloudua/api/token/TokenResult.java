package io.cloudua.api.token;

/**
 * The outcome of verifying a token: the claims, or why it was refused. Tokens arrive from the
 * network on every REST call, so a bad one is data (mapped to 401/403 at the edge), never an
 * exception. {@code detail} is for logs; do not echo it to clients.
 */
public sealed interface TokenResult<T> {

    /** The token is genuine, current and of the expected type. */
    record Ok<T>(T claims) implements TokenResult<T> {
    }

    /** The token was refused. */
    record Rejected<T>(Reason reason, String detail) implements TokenResult<T> {
    }

    /** Why a token was refused. */
    enum Reason {
        /** Not a compact JWS, unreadable header or claims, or a required claim missing. */
        MALFORMED,
        /** Anything but HS256: {@code none}, unsigned, JWE, RS*, ES*, HS384, HS512. */
        BAD_ALGORITHM,
        /** No {@code kid}, or a kid that is not in the key ring. */
        UNKNOWN_KEY,
        /** The MAC does not verify: forged or tampered. */
        BAD_SIGNATURE,
        /** {@code exp} is not after now. */
        EXPIRED,
        /** A replyId presented as an API token, or the other way round. */
        WRONG_TYPE
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    static <T> TokenResult<T> rejected(Reason reason, String detail) {
        return new Rejected<>(reason, detail);
    }
}
