package io.cloudua.sip.internal;

import io.cloudua.sip.CallLimit;
import io.cloudua.sip.SourceRateLimit;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Enforces a {@link CallLimit}: calls at once (the live legs) first, then one token bucket for the node's new
 * calls per second, the same bucket as a per-source limit has, kept for a single key.
 */
final class CallLoadLimiter {
    /** Seconds a caller refused for too many calls at once is asked to wait: calls end in seconds, not instantly. */
    static final int FULL_RETRY_AFTER_SECONDS = 5;
    private static final InetAddress NODE = InetAddress.getLoopbackAddress();

    private final int maxCalls;
    private final IntSupplier liveCalls;
    private final SourceRateLimiter rate;
    private final AtomicLong refused = new AtomicLong();

    CallLoadLimiter(CallLimit limit, IntSupplier liveCalls, LongSupplier nanoClock) {
        this.maxCalls = limit.maxCalls();
        this.liveCalls = liveCalls;
        this.rate = new SourceRateLimiter(new SourceRateLimit(limit.callsPerSecond(), limit.burst(), 1), nanoClock);
    }

    /** Takes one new call, or says after how many seconds to try again. */
    SourceRateLimiter.Verdict acquire() {
        if (maxCalls > 0 && liveCalls.getAsInt() >= maxCalls) {
            refused.incrementAndGet();
            return new SourceRateLimiter.Verdict(false, FULL_RETRY_AFTER_SECONDS);
        }
        SourceRateLimiter.Verdict verdict = rate.acquire(NODE);
        if (!verdict.allowed()) {
            refused.incrementAndGet();
        }
        return verdict;
    }

    /** New calls refused so far (monotonic, for metrics). */
    long refused() {
        return refused.get();
    }
}
