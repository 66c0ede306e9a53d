package io.cloudua.sip;

import io.cloudua.sip.internal.UserAgentCore;
import java.util.concurrent.ScheduledExecutorService;

/**
 * cloudua's SIP user agent: listens on UDP and TCP, hands each new inbound INVITE to the call layer as an
 * {@link InboundLeg}, and sends outbound INVITEs as {@link OutboundLeg}s. Knows nothing of HTTP.
 */
public final class SipUserAgent implements AutoCloseable {
    private final UserAgentCore core;

    private SipUserAgent(UserAgentCore core) {
        this.core = core;
    }

    /**
     * Starts the stack and its listening points.
     *
     * @param timers runs session timers; injected so tests and the gateway control the threads
     * @throws SipStartException when a port cannot be bound or the stack cannot start
     */
    public static SipUserAgent start(SipConfig config, InboundCallHandler calls, ScheduledExecutorService timers) {
        return start(config, calls, timers, SipMetrics.NOOP);
    }

    /**
     * Starts the stack and its listening points, reporting every request and response it receives and sends.
     *
     * @param metrics told of each message; must be fast and never throw
     * @throws SipStartException when a port cannot be bound or the stack cannot start
     */
    public static SipUserAgent start(SipConfig config, InboundCallHandler calls, ScheduledExecutorService timers,
                                     SipMetrics metrics) {
        try {
            return new SipUserAgent(new UserAgentCore(config, calls, timers, metrics));
        } catch (Exception e) {
            throw new SipStartException("cannot start SIP on " + config.bindAddress() + ":" + config.port() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends an INVITE. Events arrive on the listener; a transport failure arrives as an ended leg.
     *
     * @throws IllegalArgumentException when the target is not a usable SIP URI
     */
    public OutboundLeg invite(InviteRequest request, OutboundListener listener) {
        return core.invite(request, listener);
    }

    /**
     * Whether the node's {@link CallLimit} lets one more outbound call start now; when it does, the call is
     * counted against the limit. Inbound INVITEs are checked by the stack itself.
     */
    public boolean admitNewCall() {
        return core.admitNewCall();
    }

    /** New calls (inbound and outbound) refused by the node's {@link CallLimit} so far (monotonic; for metrics). */
    public long callsRefused() {
        return core.callsRefused();
    }

    /** Legs not yet ended: zero when idle, or something leaked. */
    public int activeLegs() {
        return core.activeLegs();
    }

    /** JAIN-SIP's own dialog and transaction table sizes, for leak checks. */
    public StackTables stackTables() {
        return core.stackTables();
    }

    /** Requests answered 503 by the per-source rate limit so far (monotonic; for metrics). */
    public long rateLimitedRequests() {
        return core.rateLimitedRequests();
    }

    /** Requests answered before any handler as malformed or unsupported (400, 416, 420, 406, 505) so far. */
    public long rejectedRequests() {
        return core.rejectedRequests();
    }

    @Override
    public void close() {
        core.close();
    }
}
