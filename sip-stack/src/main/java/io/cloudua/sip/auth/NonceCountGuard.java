package io.cloudua.sip.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses replayed digest responses: for each nonce the nonce-count must grow (RFC 7616 3.4), and a nonce
 * used without qop (no nonce-count) is good once. Bounded: the oldest nonces are forgotten first, and a
 * forgotten nonce is soon stale anyway.
 */
public final class NonceCountGuard {
    private final int capacity;
    private final Map<String, Long> lastCount;

    public NonceCountGuard(int capacity) {
        this.capacity = capacity;
        this.lastCount = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > NonceCountGuard.this.capacity;
            }
        };
    }

    /** True when this (nonce, nc) pair has not been seen and nc is above any earlier one of the nonce. */
    public synchronized boolean accept(String nonce, String nonceCount) {
        long nc;
        if (nonceCount == null) {
            nc = Long.MAX_VALUE;
        } else {
            try {
                nc = Long.parseLong(nonceCount, 16);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        Long last = lastCount.get(nonce);
        if (last != null && nc <= last) {
            return false;
        }
        lastCount.put(nonce, nc);
        return true;
    }
}
