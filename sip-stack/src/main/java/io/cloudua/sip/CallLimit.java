package io.cloudua.sip;

/**
 * How much call set-up this node takes on, whoever asks: new calls per second (inbound INVITEs and outbound
 * calls together, one token bucket for the node) and calls at once. Beyond either, a new INVITE is answered
 * 503 Service Unavailable with Retry-After, statelessly and before any other work, and an outbound call is
 * refused the same way ({@link SipUserAgent#admitNewCall()}), so that at twice the rate the node can serve it
 * refuses the excess at once and keeps serving the rest instead of answering everything late.
 *
 * <p>The same two knobs as FreeSWITCH's {@code sessions-per-second} and {@code max-sessions}. Requests inside
 * a dialog (ACK, BYE, re-INVITE) are never limited: a refused caller loses no call it already has.
 *
 * @param callsPerSecond sustained new calls per second; 0 turns the rate limit off
 * @param burst          new calls accepted at once after a quiet time
 * @param maxCalls       calls (SIP legs) at once; 0 for no limit
 */
public record CallLimit(double callsPerSecond, int burst, int maxCalls) {

    /** No limit. */
    public static final CallLimit OFF = new CallLimit(0, 1, 0);

    public CallLimit {
        if (!(callsPerSecond >= 0) || Double.isInfinite(callsPerSecond)) {
            throw new IllegalArgumentException("callsPerSecond must be 0 (off) or a positive number, got " + callsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        if (maxCalls < 0) {
            throw new IllegalArgumentException("maxCalls must be 0 (off) or more, got " + maxCalls);
        }
    }
}
