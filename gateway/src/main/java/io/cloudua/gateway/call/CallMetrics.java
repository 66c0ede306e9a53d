package io.cloudua.gateway.call;

import java.time.Duration;

/**
 * What the call layer tells whoever measures it. The call layer knows only this narrow interface with
 * no-op defaults (as HikariCP's pool knows only its metrics tracker); Micrometer is one adapter of it, and
 * tests or embedders may pass {@link #NOOP}.
 *
 * <p>Called on SIP, timer and webhook threads: implementations must be fast and must never throw.
 */
public interface CallMetrics {

    /** Measures nothing. */
    CallMetrics NOOP = new CallMetrics() { };

    /** A call was created: an inbound INVITE admitted, or an outbound call placed. */
    default void started(Call.Direction direction) { }

    /** An inbound INVITE was refused at admission (unknown domain, ACL, no callback URL, unusable SDP). */
    default void refused(int sipStatus) { }

    /** A call ended; exactly once per started call. */
    default void ended(Call.Direction direction, CallOutcome outcome, Duration duration) { }

    /** A call was answered: time from its INVITE (received or sent) to the answer. */
    default void answered(Call.Direction direction, Duration sinceInvite) { }

    /** An inbound call's newRemoteCall was accepted by the device: time from the INVITE to that reply. */
    default void announced(Duration sinceInvite) { }

    /** The gateway's own share of set-up: time from an inbound INVITE to its newRemoteCall being written to the device. */
    default void webhookSent(Duration sinceInvite) { }

    /** The gateway's own share of answering: time from reading an answerremotecalljwt request to handing the 200 OK to SIP. */
    default void answerSent(Duration sinceRequest) { }
}
