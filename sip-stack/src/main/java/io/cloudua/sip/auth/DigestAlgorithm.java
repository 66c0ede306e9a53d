package io.cloudua.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The digest algorithms we accept: MD5 (RFC 2617/7616) and SHA-256 (RFC 7616, RFC 8760 for SIP). */
public enum DigestAlgorithm {
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private final String token;
    private final String jca;

    DigestAlgorithm(String token, String jca) {
        this.token = token;
        this.jca = jca;
    }

    /** The name in WWW-Authenticate / Authorization. */
    public String token() {
        return token;
    }

    public static Optional<DigestAlgorithm> of(String token) {
        String t = token == null ? "MD5" : token.toUpperCase(Locale.ROOT);
        for (DigestAlgorithm a : values()) {
            if (a.token.equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " is part of every JRE", e);
        }
    }

    /**
     * The expected response (RFC 7616 3.4.1) for qop=auth, or RFC 2069 style when qop is absent.
     *
     * @param ha1 H(username:realm:password), as stored
     */
    public String response(String ha1, String method, DigestCredentials c) {
        String ha2 = hash(method + ":" + c.uri());
        if (c.qop() == null) {
            return hash(ha1 + ":" + c.nonce() + ":" + ha2);
        }
        return hash(ha1 + ":" + c.nonce() + ":" + c.nonceCount() + ":" + c.cnonce() + ":" + c.qop() + ":" + ha2);
    }
}
