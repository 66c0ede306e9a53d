package io.cloudua.sip.internal;

/**
 * Why a request that JAIN-SIP parsed must still be refused, and with which status (400, or 505 for another
 * SIP version). Bad input is a value here, not an exception: {@link ScreeningParser} attaches it to the
 * request as its application data, and {@link RequestScreen} answers it before any handler runs.
 *
 * @param status the SIP status to answer with
 * @param reason a short, fixed text for the reason phrase; never parser output or request bytes
 */
record Malformed(int status, String reason) {

    static Malformed badRequest(String reason) {
        return new Malformed(400, reason);
    }

    /** The mark {@link ScreeningParser} left on this request, or null. */
    static Malformed of(Object applicationData) {
        return applicationData instanceof Malformed m ? m : null;
    }
}
