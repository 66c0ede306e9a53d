package io.cloudua.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token (its jti): a leaked or buggy device's token cannot starve the API for
 * everybody else, and the device is told when to come back (Retry-After) instead of being cut off.
 *
 * <p>Memory is bounded: beyond {@code maxKeys} tokens, buckets that are full again (idle long enough to
 * have refilled) are dropped; a full bucket carries no information, so nothing is lost.
 */
public final class TokenRateLimit {
    private final double perSecond;
    private final int burst;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    public TokenRateLimit(double perSecond, int burst, int maxKeys, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from {@code key}'s bucket: 0 when allowed, else whole seconds until one is (at least 1). */
    public long acquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            buckets.values().removeIf(b -> {
                synchronized (b) {
                    return refill(b, now) >= burst;
                }
            });
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            double available = refill(bucket, now);
            if (available >= 1) {
                bucket.tokens = available - 1;
                return 0;
            }
            bucket.tokens = available;
            return Math.max(1, (long) Math.ceil((1 - available) / perSecond));
        }
    }

    private double refill(Bucket b, long now) {
        double tokens = Math.min(burst, b.tokens + (now - b.updated) / 1e9 * perSecond);
        b.tokens = tokens;
        b.updated = now;
        return tokens;
    }
}
