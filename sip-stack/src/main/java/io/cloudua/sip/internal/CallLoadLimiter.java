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

    /**
     * Datagrams waiting for the SIP worker beyond which new INVITEs are refused early (while a call-rate limit is
     * set): under 0.1 s of work at ~7000 datagrams a second, so admitted calls keep their set-up latency whatever
     * the configured rate; a 20 ms GC pause queues ~150.
     */
    static final int BACKLOG_LIMIT = 500;

    private final int maxCalls;
    private final boolean rateLimited;
    private final IntSupplier liveCalls;
    private final SourceRateLimiter rate;
    private final AtomicLong refused = new AtomicLong();

    CallLoadLimiter(CallLimit limit, IntSupplier liveCalls, LongSupplier nanoClock) {
        this.maxCalls = limit.maxCalls();
        this.rateLimited = limit.callsPerSecond() > 0;
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

    /**
     * For the UDP receive thread, before a new INVITE is queued: the Retry-After seconds when it must be refused
     * now (the node is full, the bucket is empty, or the worker is behind), else 0. Takes no token: an INVITE let
     * through takes its token in {@link #acquire()}, so each call is counted once.
     */
    int refuseEarly(int queuedDatagrams) {
        if (maxCalls > 0 && liveCalls.getAsInt() >= maxCalls) {
            refused.incrementAndGet();
            return FULL_RETRY_AFTER_SECONDS;
        }
        if (rateLimited && (queuedDatagrams >= BACKLOG_LIMIT || !rate.hasToken(NODE))) {
            refused.incrementAndGet();
            return 1;
        }
        return 0;
    }

    /** New calls refused so far (monotonic, for metrics). */
    long refused() {
        return refused.get();
    }
}
