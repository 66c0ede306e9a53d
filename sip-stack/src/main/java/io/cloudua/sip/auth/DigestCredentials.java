package io.cloudua.sip.auth;

/**
 * The parameters of a Digest Authorization header (RFC 7616 3.4), as received; any may be null.
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
                                String algorithm, String qop, String nonceCount, String cnonce, String opaque) {

    /** The algorithm named, MD5 when absent (RFC 7616 3.3). */
    public String algorithmOrDefault() {
        return algorithm == null ? "MD5" : algorithm;
    }

    @Override
    public String toString() {
        return "DigestCredentials[username=" + username + ", realm=" + realm + ", algorithm=" + algorithm + "]";
    }
}
