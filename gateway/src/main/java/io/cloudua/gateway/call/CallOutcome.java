package io.cloudua.gateway.call;

import java.util.Locale;

/**
 * How a call ended, in a small closed set fit for a metric label: the free-text reasons of the outcome log
 * line ("caller cancelled", "no answer", "device rejected"...) would be unbounded label values.
 *
 * @param kind      what happened
 * @param sipStatus the final SIP status of the call's INVITE (0 when there was none)
 */
public record CallOutcome(Kind kind, int sipStatus) {

    /** The label values of {@code outcome}. */
    public enum Kind {
        /** Connected; it does not matter who hung up. */
        ANSWERED,
        /** Refused at admission, before any device heard of it. */
        REFUSED,
        /** Cancelled before answer, by the caller (inbound) or the device (outbound). */
        CANCELLED,
        /** Nobody answered in time, or the far end never responded (408). */
        TIMED_OUT,
        /** Ended by the gateway shutting down. */
        SHUTDOWN,
        /** Rejected or failed with a final SIP status (see {@link #statusClass()}). */
        FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Classifies the end of a call from what {@code Call.finish} knows.
     *
     * @param reason the outcome of the log line, e.g. "caller cancelled", "no answer", "failed"
     */
    public static CallOutcome classify(boolean answered, String reason, int sipStatus) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        Kind kind;
        if (answered) {
            kind = Kind.ANSWERED;
        } else if (r.contains("cancel")) {
            kind = Kind.CANCELLED;
        } else if (r.contains("no answer") || r.contains("timeout") || sipStatus == 408) {
            kind = Kind.TIMED_OUT;
        } else if (r.contains("shutdown")) {
            kind = Kind.SHUTDOWN;
        } else {
            kind = Kind.FAILED;
        }
        return new CallOutcome(kind, sipStatus);
    }

    /** "2xx".."6xx", or "none" when no final status was sent or received. */
    public String statusClass() {
        return statusClass(sipStatus);
    }

    public static String statusClass(int sipStatus) {
        return sipStatus >= 100 && sipStatus <= 699 ? (sipStatus / 100) + "xx" : "none";
    }
}
