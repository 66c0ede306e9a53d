package io.cloudua.api.token;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cloudua.api.token.TokenResult.Reason;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The cryptographic half of token verification: structure, algorithm, key and MAC, in that
 * order, yielding the claims of a genuine token.
 *
 * <p>Security notes. The algorithm is pinned to HS256 from our side and checked on the raw
 * header before anything else, so {@code none}, unsigned tokens and algorithm-confusion tricks
 * (RS256 with our secret as "public key", HS512 with the same secret) cannot pass. The key comes
 * only from our ring by {@code kid}, never from the token ({@code jwk}/{@code jku} are ignored).
 * Oversized input is refused before decoding. Nothing here throws on bad input.
 */
final class JwsReader {

    /** Longest token read; ours are a few hundred characters. */
    static final int MAX_TOKEN_LENGTH = 8192;

    private final Map<String, MACVerifier> verifiers = new HashMap<>();

    JwsReader(KeyRing keys) {
        for (SigningKey key : keys.keys()) {
            try {
                verifiers.put(key.kid(), new MACVerifier(key.secret()));
            } catch (JOSEException e) {
                throw new IllegalArgumentException("unusable key " + key.kid(), e);
            }
        }
    }

    TokenResult<JWTClaimsSet> read(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return TokenResult.rejected(Reason.MALFORMED, "missing or oversized token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length == 5) {
            return TokenResult.rejected(Reason.BAD_ALGORITHM, "encrypted tokens are not accepted");
        }
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return TokenResult.rejected(Reason.MALFORMED, "not a compact JWS");
        }
        Header header;
        try {
            header = Header.parse(new Base64URL(parts[0]));
        } catch (ParseException | RuntimeException e) {
            return TokenResult.rejected(Reason.MALFORMED, "unreadable header");
        }
        if (!(header instanceof JWSHeader jws) || !JWSAlgorithm.HS256.equals(jws.getAlgorithm())) {
            return TokenResult.rejected(Reason.BAD_ALGORITHM, "alg " + printable(String.valueOf(header.getAlgorithm())));
        }
        if (parts[2].isEmpty()) {
            return TokenResult.rejected(Reason.BAD_SIGNATURE, "no signature");
        }
        MACVerifier verifier = jws.getKeyID() == null ? null : verifiers.get(jws.getKeyID());
        if (verifier == null) {
            return TokenResult.rejected(Reason.UNKNOWN_KEY, "kid " + printable(jws.getKeyID()));
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return TokenResult.rejected(Reason.MALFORMED, "unreadable token");
        }
        try {
            if (!jwt.verify(verifier)) {
                return TokenResult.rejected(Reason.BAD_SIGNATURE, "MAC mismatch");
            }
        } catch (JOSEException | RuntimeException e) {
            return TokenResult.rejected(Reason.BAD_SIGNATURE, "MAC check failed");
        }
        try {
            return new TokenResult.Ok<>(jwt.getJWTClaimsSet());
        } catch (ParseException | RuntimeException e) {
            return TokenResult.rejected(Reason.MALFORMED, "unreadable claims");
        }
    }

    /** Client-chosen header text made safe for a log line: short, printable ASCII only. */
    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
        for (int i = 0; i < text.length() && i < 64; i++) {
            char c = text.charAt(i);
            out.append(c >= ' ' && c <= '~' ? c : '?');
        }
        return out.toString();
    }
}
