package io.cloudua.sip;

/**
 * Why and how a leg ended: a small closed set, so the call layer maps each to a webhook without string tests.
 *
 * @param cause      the closed reason
 * @param sipStatus  the SIP status that ended it when there is one (final response received or sent), else 0
 * @param sipReason  the reason phrase that went with sipStatus, or a short description
 */
public record LegEnd(Cause cause, int sipStatus, String sipReason) {

    public enum Cause {
        /** The far end sent BYE. */
        REMOTE_BYE,
        /** We sent BYE (local hangup). */
        LOCAL_BYE,
        /** The caller cancelled before answer (inbound) . */
        REMOTE_CANCEL,
        /** We cancelled before answer (outbound). */
        LOCAL_CANCEL,
        /** We rejected the inbound INVITE with a final non-2xx response. */
        REJECTED,
        /** The far end answered the outbound INVITE with a non-2xx final response. */
        FAILED,
        /** No final response, no ACK, or a transport error. */
        TIMEOUT,
        /** The session timer lapsed without a refresh (RFC 4028). */
        SESSION_EXPIRED,
        /** The user agent is shutting down. */
        SHUTDOWN
    }

    public static LegEnd of(Cause cause) {
        return new LegEnd(cause, 0, cause.name().toLowerCase().replace('_', ' '));
    }
}
