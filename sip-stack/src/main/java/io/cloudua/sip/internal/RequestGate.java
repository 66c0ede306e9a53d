package io.cloudua.sip.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * The router's first step for every request, before a transaction, a handler or the call layer costs
 * anything: the per-source rate limit for new INVITE, REGISTER and OPTIONS (503 with Retry-After), the
 * {@link RequestScreen}, then the node's {@link CallLoadLimiter} for new INVITEs (503 with Retry-After). Whatever it refuses is answered statelessly by the router, so a flood or a fuzzer
 * leaves no transaction, dialog or leg behind. Counts what it refused, for metrics.
 */
final class RequestGate {
    private static final Set<String> LIMITED = Set.of(Request.INVITE, Request.REGISTER, Request.OPTIONS);

    private final SourceRateLimiter limiter;
    private final RequestScreen screen;
    private final CallLoadLimiter calls;
    private final AtomicLong screened = new AtomicLong();

    RequestGate(SourceRateLimiter limiter, RequestScreen screen, CallLoadLimiter calls) {
        this.limiter = limiter;
        this.screen = screen;
        this.calls = calls;
    }

    /** Why this request is refused, or null when it may go on to its handler. */
    Rejection check(Request request) {
        if (LIMITED.contains(request.getMethod()) && !inDialog(request)) {
            SourceRateLimiter.Verdict verdict = limiter.acquire(InviteHandler.source(request).getAddress());
            if (!verdict.allowed()) {
                return new Rejection(503, "Service Unavailable", "Retry-After",
                        List.of(Integer.toString(verdict.retryAfterSeconds())));
            }
        }
        Rejection rejection = screen.check(request);
        if (rejection != null) {
            screened.incrementAndGet();
            return rejection;
        }
        if (Request.INVITE.equals(request.getMethod()) && !inDialog(request)) {
            SourceRateLimiter.Verdict verdict = calls.acquire();
            if (!verdict.allowed()) {
                return new Rejection(503, "Service Unavailable", "Retry-After",
                        List.of(Integer.toString(verdict.retryAfterSeconds())));
            }
        }
        return null;
    }

    /** See {@link CallLoadLimiter#refuseEarly}. */
    int refuseNewCallEarly(int queuedDatagrams) {
        return calls.refuseEarly(queuedDatagrams);
    }

    /** Whether one more outbound call may start now (takes it from the node's call limit when so). */
    boolean admitOutboundCall() {
        return calls.acquire().allowed();
    }

    /** New calls refused by the node's call limit so far. */
    long callsRefused() {
        return calls.refused();
    }

    /** Requests refused by the rate limit so far. */
    long rateLimited() {
        return limiter.refused();
    }

    /** Requests refused as malformed or unsupported so far. */
    long screened() {
        return screened.get();
    }

    private static boolean inDialog(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() != null;
    }
}
