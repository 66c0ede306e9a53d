package io.cloudua.gateway.config;

import java.time.Duration;

/**
 * How much a single source may ask of the gateway over SIP: the per-address rate of new INVITE, REGISTER and
 * OPTIONS requests (beyond it: 503 with Retry-After), and how many failed digest attempts one address or one
 * user name may make before further attempts are refused without being checked. Validated once, immutable.
 *
 * Also how much call set-up the whole node takes on: new calls per second and calls at once (beyond either: 503
 * with Retry-After for INVITEs, 503 for placeremotecall), so that overload is refused at once, not served late.
 *
 * <p>Keys (flag / environment / file, following the other settings): {@code sip-rate-limit},
 * {@code sip-rate-burst}, {@code sip-rate-sources}, {@code digest-max-failures},
 * {@code digest-failure-window} (seconds), {@code digest-lockout} (seconds), {@code call-rate-limit},
 * {@code call-rate-burst}, {@code max-calls}.
 *
 * @param ratePerSecond      sustained new requests per second per source address; 0 turns the limit off
 * @param rateBurst          requests a quiet address may send at once
 * @param rateSources        addresses tracked at most (least recently seen forgotten first)
 * @param digestMaxFailures  failed digest attempts, per address and per user, that start a lockout; 0 = off
 * @param digestWindow       the failures must fall within this time
 * @param digestLockout      how long attempts are refused after that
 * @param callsPerSecond     new calls per second for the node, inbound and outbound together; 0 = off
 * @param callsBurst         new calls taken at once after a quiet time
 * @param maxCalls           calls at once on the node; 0 = off
 */
public record SipLimits(double ratePerSecond, int rateBurst, int rateSources, int digestMaxFailures,
                        Duration digestWindow, Duration digestLockout, double callsPerSecond, int callsBurst,
                        int maxCalls) {

    /**
     * Far above what one honest peer sends (a PBX trunk placing 50 new calls a second is large), far below
     * what a scanner or flood sends; a load test from one address must raise or turn off the rate limit.
     */
    /* The call limits are what one 2-core node sustains with p99 set-up latency under 50 ms (docs/performance.md);
     * 30,000 calls at ~12 KiB each stay well inside a 1 GiB heap. */
    public static final SipLimits DEFAULTS = new SipLimits(50, 100, 100_000, 5, Duration.ofSeconds(60),
            Duration.ofSeconds(300), 1000, 200, 30_000);

    /** Nothing limited: for tests that fire many requests from one address. */
    public static final SipLimits OFF = new SipLimits(0, 1, 1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1, 0);

    public SipLimits {
        if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
            throw new ConfigException("sip-rate-limit must be 0 (off) or a positive number, got " + ratePerSecond);
        }
        if (rateBurst < 1) {
            throw new ConfigException("sip-rate-burst must be at least 1, got " + rateBurst);
        }
        if (rateSources < 1) {
            throw new ConfigException("sip-rate-sources must be at least 1, got " + rateSources);
        }
        if (digestMaxFailures < 0) {
            throw new ConfigException("digest-max-failures must be 0 (off) or more, got " + digestMaxFailures);
        }
        requirePositive("digest-failure-window", digestWindow);
        requirePositive("digest-lockout", digestLockout);
        if (!(callsPerSecond >= 0) || Double.isInfinite(callsPerSecond)) {
            throw new ConfigException("call-rate-limit must be 0 (off) or a positive number, got " + callsPerSecond);
        }
        if (callsBurst < 1) {
            throw new ConfigException("call-rate-burst must be at least 1, got " + callsBurst);
        }
        if (maxCalls < 0) {
            throw new ConfigException("max-calls must be 0 (off) or more, got " + maxCalls);
        }
    }

    public SipLimits withRate(double perSecond, int burst) {
        return new SipLimits(perSecond, burst, rateSources, digestMaxFailures, digestWindow, digestLockout,
                callsPerSecond, callsBurst, maxCalls);
    }

    public SipLimits withDigest(int maxFailures, Duration window, Duration lockout) {
        return new SipLimits(ratePerSecond, rateBurst, rateSources, maxFailures, window, lockout,
                callsPerSecond, callsBurst, maxCalls);
    }

    public SipLimits withCalls(double perSecond, int burst, int max) {
        return new SipLimits(ratePerSecond, rateBurst, rateSources, digestMaxFailures, digestWindow, digestLockout,
                perSecond, burst, max);
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ConfigException(key + " must be a positive number of seconds");
        }
    }
}
