package io.cloudua.sip.internal;

import io.cloudua.sip.SourceRateLimit;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per source address (see {@link SourceRateLimit}). The buckets live in an access-ordered
 * map bounded to {@code maxSources}: a flood from many (spoofed) addresses evicts the least recently seen
 * bucket instead of growing without end; an evicted address simply starts again with a full bucket.
 *
 * <p>The clock is injected (nanoseconds, like {@link System#nanoTime()}) so tests move time instead of
 * sleeping. One lock guards the map; what it protects is a few arithmetic operations, far cheaper than the
 * parsing the stack has already done for the request.
 */
final class SourceRateLimiter {

    /** The verdict for one request: allowed, or refused with the whole seconds after which to retry. */
    record Verdict(boolean allowed, int retryAfterSeconds) {
        static final Verdict ALLOWED = new Verdict(true, 0);
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    private final SourceRateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<InetAddress, Bucket> buckets;
    private final AtomicLong refused = new AtomicLong();

    SourceRateLimiter(SourceRateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        int max = limit.maxSources();
        this.buckets = new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<InetAddress, Bucket> eldest) {
                return size() > max;
            }
        };
    }

    /** Takes one token from source's bucket, or says how long until one is there. */
    Verdict acquire(InetAddress source) {
        if (limit.isOff() || source == null) {
            return Verdict.ALLOWED;
        }
        long now = nanoClock.getAsLong();
        double missing;
        synchronized (buckets) {
            Bucket b = buckets.get(source);
            if (b == null) {
                buckets.put(source, new Bucket(limit.burst() - 1, now));
                return Verdict.ALLOWED;
            }
            double elapsedSeconds = Math.max(0, now - b.updatedNanos) / (double) TimeUnit.SECONDS.toNanos(1);
            b.tokens = Math.min(limit.burst(), b.tokens + elapsedSeconds * limit.perSecond());
            b.updatedNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return Verdict.ALLOWED;
            }
            missing = 1 - b.tokens;
        }
        refused.incrementAndGet();
        return new Verdict(false, (int) Math.max(1, Math.ceil(missing / limit.perSecond())));
    }

    /** Whether source's bucket holds a token now, without taking it. */
    boolean hasToken(InetAddress source) {
        if (limit.isOff() || source == null) {
            return true;
        }
        long now = nanoClock.getAsLong();
        synchronized (buckets) {
            Bucket b = buckets.get(source);
            if (b == null) {
                return true;
            }
            double elapsedSeconds = Math.max(0, now - b.updatedNanos) / (double) TimeUnit.SECONDS.toNanos(1);
            return Math.min(limit.burst(), b.tokens + elapsedSeconds * limit.perSecond()) >= 1;
        }
    }

    /** Requests refused so far (a monotonic count, for metrics). */
    long refused() {
        return refused.get();
    }

    /** Addresses currently tracked (never more than maxSources). */
    int trackedSources() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
