package io.cloudua.gateway.security;

import io.cloudua.gateway.config.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets the gateway must replay (webhook signing secrets) before they go to the database, with
 * AES-256-GCM under a key that lives in the data dir (keys/secrets.key, owner-only), never in the database:
 * a database dump or backup alone does not reveal them. The record's name is authenticated as associated
 * data, so a sealed value copied to another domain's row does not open.
 *
 * <p>Sealed form: base64 of a fresh 12-byte nonce followed by ciphertext and 16-byte tag.
 */
public final class SecretCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static Path path(Path dataDir) {
        return dataDir.resolve("keys").resolve("secrets.key");
    }

    /** The data dir's key, created (random, mode 600) on first use; every node of a cluster needs the same file. */
    public static SecretCipher loadOrCreate(Path dataDir) {
        Path file = path(dataDir);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                DataDirFiles.writePrivate(file, out -> out.write(
                        Base64.getEncoder().encodeToString(fresh).getBytes(StandardCharsets.US_ASCII)));
            }
            return new SecretCipher(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read or create the secrets key " + file + ": " + e.getMessage());
        }
    }

    /** Encrypts {@code secret}, bound to {@code owner} (e.g. the domain name). */
    public String seal(String owner, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /** Decrypts what {@link #seal} made for the same owner; throws when it was tampered with or moved. */
    public String open(String owner, String sealed) {
        byte[] all = Base64.getDecoder().decode(sealed);
        if (all.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("sealed value too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, NONCE_BYTES), owner);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("sealed value does not open with this key (tampered, moved, or another key)");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
