package io.cloudua.sip;

/**
 * How many new INVITE, REGISTER and OPTIONS requests one source address may send: a token bucket per address
 * that refills at {@code perSecond} and holds at most {@code burst}. Beyond it the request is answered
 * 503 Service Unavailable with Retry-After, statelessly, before any other work is done for it.
 *
 * <p>Why per address and only these methods: a scanner or a flood sends out-of-dialog requests from few
 * addresses, and those are the requests that cost us work (a transaction, a domain lookup, digest hashing, a
 * webhook). Requests inside a dialog (BYE, ACK, re-INVITE) are never limited, so a limited peer cannot lose
 * calls it already has. Memory is bounded: at most {@code maxSources} addresses are tracked, the least
 * recently seen forgotten first.
 *
 * @param perSecond  sustained requests per second per source; 0 turns limiting off
 * @param burst      requests a quiet source may send at once
 * @param maxSources addresses tracked at most
 */
public record SourceRateLimit(double perSecond, int burst, int maxSources) {

    /** No limit. */
    public static final SourceRateLimit OFF = new SourceRateLimit(0, 1, 1);

    public SourceRateLimit {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be 0 (off) or a positive number, got " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        if (maxSources < 1) {
            throw new IllegalArgumentException("maxSources must be at least 1, got " + maxSources);
        }
    }

    public boolean isOff() {
        return perSecond == 0;
    }
}
