package io.cloudua.gateway.security;

/**
 * What the gateway's SIP defences have refused so far, as monotonic counts a metrics layer can read (for
 * example as Micrometer FunctionCounters): a narrow interface, so the defences know nothing of metrics.
 * Reading is cheap and never blocks.
 */
public interface AbuseCounters {

    /** Digest attempts that failed: a wrong password or an unknown user (answered 403). */
    long digestFailures();

    /** Digest attempts refused unchecked because the address or the user name is locked out (also 403). */
    long digestRefused();

    /** New INVITE/REGISTER/OPTIONS requests answered 503 + Retry-After by the per-source rate limit. */
    long sipRateLimited();

    /** New calls refused because the node's call rate or call count limit was reached (INVITE 503, API 503). */
    long callsLimited();

    /** Requests answered before any handler as malformed or unsupported (400, 406, 416, 420, 505). */
    long sipRejected();
}
