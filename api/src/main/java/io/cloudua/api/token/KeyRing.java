package io.cloudua.api.token;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The set of keys a node signs and verifies tokens with: one active key that signs, and any
 * number of older keys that still verify.
 *
 * <p>Why a ring: API tokens and replyIds live beyond a key change. Rotation adds a new active
 * key ({@link #withNewActiveKey}) while tokens signed with the previous one keep verifying until
 * the operator removes it ({@link #without}). Every node of a cluster must hold the same ring,
 * since a replyId minted on one node may be checked on another. Immutable and thread-safe;
 * misuse (no keys, duplicate kids, unknown active kid) throws.
 */
public final class KeyRing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<SigningKey> keys;
    private final SigningKey active;

    public KeyRing(List<SigningKey> keys, String activeKid) {
        Objects.requireNonNull(keys, "keys");
        this.keys = List.copyOf(keys);
        Set<String> kids = new HashSet<>();
        SigningKey found = null;
        for (SigningKey key : this.keys) {
            if (!kids.add(key.kid())) {
                throw new IllegalArgumentException("duplicate kid " + key.kid());
            }
            if (key.kid().equals(activeKid)) {
                found = key;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("active kid " + activeKid + " is not in the ring");
        }
        this.active = found;
    }

    /** A ring of one fresh random 32-byte key named {@code kid}. */
    public static KeyRing generate(String kid) {
        return new KeyRing(List.of(randomKey(kid)), kid);
    }

    /** A fresh random 32-byte key from {@link SecureRandom}. */
    public static SigningKey randomKey(String kid) {
        byte[] secret = new byte[SigningKey.MIN_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new SigningKey(kid, secret);
    }

    /** The key that signs new tokens. */
    public SigningKey active() {
        return active;
    }

    /** The key named {@code kid}, if it is in the ring. */
    public Optional<SigningKey> byKid(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** All keys, the active one included. */
    public List<SigningKey> keys() {
        return keys;
    }

    /** Rotation: a new random key named {@code kid} becomes active; old keys still verify. */
    public KeyRing withNewActiveKey(String kid) {
        return withActiveKey(randomKey(kid));
    }

    /** Rotation to a given key (shared by all nodes); old keys still verify. */
    public KeyRing withActiveKey(SigningKey key) {
        List<SigningKey> next = new ArrayList<>(keys);
        next.add(key);
        return new KeyRing(next, key.kid());
    }

    /** Retires the key named {@code kid}; the active key cannot be removed. */
    public KeyRing without(String kid) {
        if (active.kid().equals(kid)) {
            throw new IllegalArgumentException("cannot remove the active key " + kid);
        }
        List<SigningKey> next = new ArrayList<>(keys);
        next.removeIf(k -> k.kid().equals(kid));
        return new KeyRing(next, active.kid());
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + active.kid() + ", kids="
                + keys.stream().map(SigningKey::kid).toList() + "]";
    }
}
