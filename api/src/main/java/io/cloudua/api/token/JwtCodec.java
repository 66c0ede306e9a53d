package io.cloudua.api.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cloudua.api.token.TokenResult.Reason;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/**
 * Mints and verifies cloudua's two kinds of HS256 JWT: API bearer tokens ({@code "use":"api"},
 * naming the domain they may control) and replyIds ({@code "use":"reply"}, naming the domain,
 * the call and the node that owns it).
 *
 * <p>Why the {@code use} claim: both kinds are signed with the same ring, so without it a replyId
 * leaked through a webhook receiver would work as a bearer token for the whole domain. Verifying
 * checks, in order, structure, algorithm, kid, MAC ({@link JwsReader}), then type, expiry (no
 * leeway: every node signs and verifies against synchronised clocks, and the clock is injected)
 * and required claims. Verification never throws; minting throws only on misuse.
 *
 * <p>API tokens that verified are remembered until their {@code exp} ({@link VerifiedTokenCache}), so a
 * device's token is checked in full once per key ring rather than on every request; replyIds are not.
 */
public final class JwtCodec {

    static final String ISSUER = "cloudua";
    static final String USE = "use";
    static final String USE_API = "api";
    static final String USE_REPLY = "reply";
    static final String DOMAIN = "domain";
    static final String CALL = "call";
    static final String NODE = "node";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final java.util.function.Supplier<KeyRing> onUnknownKey;
    /** Swapped whole on rotation ({@link #useKeys}), so a token is signed or read with one consistent ring. */
    private volatile Keys current;

    /**
     * A ring with its reader and signer, built once per ring, and the API tokens verified with it: a new ring
     * starts with no verified tokens, so one signed with a key the rotation removed is refused at once.
     */
    private record Keys(KeyRing ring, JwsReader reader, MACSigner signer, VerifiedTokenCache apiTokens) {
        static Keys of(KeyRing ring) {
            try {
                return new Keys(ring, new JwsReader(ring), new MACSigner(ring.active().secret()),
                        new VerifiedTokenCache());
            } catch (JOSEException e) {
                throw new IllegalArgumentException("unusable active key " + ring.active().kid(), e);
            }
        }
    }

    public JwtCodec(KeyRing keys, Clock clock) {
        this(keys, clock, null);
    }

    /**
     * @param onUnknownKey asked for a fresh ring (e.g. re-read from disk) when a token names a kid this codec
     *     does not know, so a key rotated in by another process verifies at once; null never asks. It is
     *     called at most once per such token and should be cheap or rate-limited by the caller.
     */
    public JwtCodec(KeyRing keys, Clock clock, java.util.function.Supplier<KeyRing> onUnknownKey) {
        this.current = Keys.of(Objects.requireNonNull(keys, "keys"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onUnknownKey = onUnknownKey;
    }

    /** Rotation without restart: new tokens are signed with the ring's active key; its other keys still verify. */
    public void useKeys(KeyRing keys) {
        this.current = Keys.of(Objects.requireNonNull(keys, "keys"));
    }

    /** A bearer token for the REST API of {@code domain}, valid for {@code ttl}. */
    public String mintApiToken(String domain, Duration ttl) {
        Objects.requireNonNull(domain, "domain");
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return sign(claims(USE_API, ttl)
                .subject(domain)
                .claim(DOMAIN, domain)
                .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(id))
                .build());
    }

    public TokenResult<ApiTokenClaims> verifyApiToken(String jwt) {
        Keys keys = current;
        ApiTokenClaims cached = jwt == null ? null : keys.apiTokens().get(jwt, clock.instant());
        if (cached != null) {
            return new TokenResult.Ok<>(cached);
        }
        TokenResult<ApiTokenClaims> result = verify(jwt, USE_API, c -> new ApiTokenClaims(
                c.getStringClaim(DOMAIN), c.getExpirationTime().toInstant(), c.getJWTID()));
        // Unchanged keys before and after (a Keys is never reused) mean these keys verified it.
        if (result instanceof TokenResult.Ok<ApiTokenClaims> ok && current == keys) {
            keys.apiTokens().put(jwt, ok.claims());
        }
        return result;
    }

    /** A replyId for call {@code callRef} of {@code domain}, owned by {@code node}. */
    public String mintReplyId(String domain, String callRef, String node, Duration ttl) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(callRef, "callRef");
        Objects.requireNonNull(node, "node");
        return sign(claims(USE_REPLY, ttl)
                .claim(DOMAIN, domain)
                .claim(CALL, callRef)
                .claim(NODE, node)
                .build());
    }

    public TokenResult<ReplyIdClaims> verifyReplyId(String jwt) {
        return verify(jwt, USE_REPLY, c -> {
            String call = c.getStringClaim(CALL);
            String node = c.getStringClaim(NODE);
            if (call == null || node == null) {
                return null;
            }
            return new ReplyIdClaims(c.getStringClaim(DOMAIN), call, node,
                    c.getExpirationTime().toInstant());
        });
    }

    /** The key ring this codec signs and verifies with. */
    public KeyRing keys() {
        return current.ring();
    }

    private JWTClaimsSet.Builder claims(String use, Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        if (!expires.isAfter(now)) {
            throw new IllegalArgumentException("ttl must be at least one second, got " + ttl);
        }
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .claim(USE, use)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires));
    }

    private String sign(JWTClaimsSet claims) {
        Keys keys = current;
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(keys.ring().active().kid())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    private <T> TokenResult<T> verify(String jwt, String use, ClaimsMapper<T> mapper) {
        TokenResult<JWTClaimsSet> read = current.reader().read(jwt);
        if (onUnknownKey != null && read instanceof TokenResult.Rejected<JWTClaimsSet> unknown
                && unknown.reason() == Reason.UNKNOWN_KEY) {
            KeyRing fresh = onUnknownKey.get();
            if (fresh != null && fresh != current.ring()) {
                useKeys(fresh);
                read = current.reader().read(jwt);
            }
        }
        if (read instanceof TokenResult.Rejected<JWTClaimsSet> r) {
            return TokenResult.rejected(r.reason(), r.detail());
        }
        JWTClaimsSet claims = ((TokenResult.Ok<JWTClaimsSet>) read).claims();
        try {
            if (!ISSUER.equals(claims.getIssuer())) {
                return TokenResult.rejected(Reason.MALFORMED, "issuer " + claims.getIssuer());
            }
            if (!use.equals(claims.getStringClaim(USE))) {
                return TokenResult.rejected(Reason.WRONG_TYPE, "use " + claims.getStringClaim(USE));
            }
            Date expires = claims.getExpirationTime();
            if (expires == null) {
                return TokenResult.rejected(Reason.MALFORMED, "no exp");
            }
            if (!clock.instant().isBefore(expires.toInstant())) {
                return TokenResult.rejected(Reason.EXPIRED, "expired at " + expires.toInstant());
            }
            String domain = claims.getStringClaim(DOMAIN);
            T mapped = domain == null || domain.isEmpty() ? null : mapper.map(claims);
            if (mapped == null) {
                return TokenResult.rejected(Reason.MALFORMED, "missing claims");
            }
            return new TokenResult.Ok<>(mapped);
        } catch (ParseException | RuntimeException e) {
            return TokenResult.rejected(Reason.MALFORMED, "claim of the wrong type");
        }
    }

    /** Maps genuine, current claims to a result, or null when a required claim is missing. */
    @FunctionalInterface
    private interface ClaimsMapper<T> {
        T map(JWTClaimsSet claims) throws ParseException;
    }
}
