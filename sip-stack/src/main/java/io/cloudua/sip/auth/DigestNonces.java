package io.cloudua.sip.auth;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless server nonces: issue time, a random part and an HMAC over both and the realm. Any node holding
 * the key can check one; a forged nonce fails the MAC, an old one is stale (RFC 7616 3.3: stale=true tells
 * the client its password was right and it may just retry with the new nonce).
 */
public final class DigestNonces {
    public enum Check { VALID, STALE, INVALID }

    private static final int RANDOM = 8;
    private static final int MAC = 16;
    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public DigestNonces(byte[] key, Clock clock, Duration lifetime) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String mint(String realm) {
        ByteBuffer b = ByteBuffer.allocate(8 + RANDOM + MAC);
        b.putLong(clock.millis());
        byte[] r = new byte[RANDOM];
        random.nextBytes(r);
        b.put(r);
        b.put(mac(b.array(), 8 + RANDOM, realm));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    public Check check(String nonce, String realm) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce == null ? "" : nonce);
        } catch (IllegalArgumentException e) {
            return Check.INVALID;
        }
        if (raw.length != 8 + RANDOM + MAC) {
            return Check.INVALID;
        }
        byte[] expected = mac(raw, 8 + RANDOM, realm);
        byte[] actual = java.util.Arrays.copyOfRange(raw, 8 + RANDOM, raw.length);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Check.INVALID;
        }
        long issued = ByteBuffer.wrap(raw).getLong();
        long age = clock.millis() - issued;
        return age < 0 || age > lifetime.toMillis() ? Check.STALE : Check.VALID;
    }

    private byte[] mac(byte[] data, int length, String realm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(data, 0, length);
            mac.update(realm.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(mac.doFinal(), MAC);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
