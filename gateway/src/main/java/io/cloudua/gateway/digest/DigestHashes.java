package io.cloudua.gateway.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HA1 = H(username ":" realm ":" password) for MD5 and SHA-256 (RFC 7616 3.4.2, RFC 8760). Only these hashes
 * are stored: enough to verify digest responses, useless as a password elsewhere.
 */
public final class DigestHashes {
    private DigestHashes() { }

    public static String md5(String text) {
        return hex("MD5", text);
    }

    public static String sha256(String text) {
        return hex("SHA-256", text);
    }

    public static String ha1Md5(String user, String realm, String password) {
        return md5(user + ":" + realm + ":" + password);
    }

    public static String ha1Sha256(String user, String realm, String password) {
        return sha256(user + ":" + realm + ":" + password);
    }

    static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JRE", e);
        }
    }
}
