package io.cloudua.sip.internal;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.AcceptHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * What a UAS checks before it acts on a request (RFC 3261 8.2, in its order), for every method at once so no
 * handler can forget one: the marks {@link ScreeningParser} left (400, 505), headers the stack could not
 * parse (400, RFC 4475 baddate), a CSeq of another method (400, on every transport), a URI scheme we cannot serve in the Request-URI, From or To (416), an
 * option in Require we do not support (420 with Unsupported, for every method but ACK and CANCEL), and an
 * INVITE whose Accept excludes the SDP our answer must carry (406). Answers are fixed texts: nothing of the
 * request is echoed except the option tags RFC 3261 requires in Unsupported.
 */
final class RequestScreen {
    private static final Set<String> SUPPORTED = Set.of("timer");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]{1,64}");

    /** The rejection for this request, or null when it may go on to its handler. */
    Rejection check(Request request) {
        SIPRequest r = (SIPRequest) request;
        Malformed mark = Malformed.of(r.getApplicationData());
        if (mark != null) {
            return Rejection.of(mark.status(), mark.status() == 400 ? "Bad Request (" + mark.reason() + ")" : mark.reason());
        }
        ListIterator<String> unparsed = r.getUnrecognizedHeaders();
        if (unparsed != null && unparsed.hasNext()) {
            return Rejection.of(400, "Bad Request (malformed " + headerName(unparsed.next()) + " header)");
        }
        if (r.getFrom() == null || r.getTo() == null || r.getCSeq() == null) {
            return Rejection.of(400, "Bad Request (missing From, To or CSeq)");
        }
        if (!request.getMethod().equals(r.getCSeq().getMethod())) {
            return Rejection.of(400, "Bad Request (CSeq method does not match)");  // RFC 4475 mismatch01/02
        }
        if (!servable(request.getRequestURI()) || !servable(((FromHeader) r.getFrom()).getAddress().getURI())
                || !servable(((ToHeader) r.getTo()).getAddress().getURI())) {
            return Rejection.of(416, "Unsupported URI Scheme");
        }
        String method = request.getMethod();
        if (!Request.ACK.equals(method) && !Request.CANCEL.equals(method)) {
            List<String> unsupported = unsupportedRequire(request);
            if (!unsupported.isEmpty()) {
                return new Rejection(420, "Bad Extension", "Unsupported", unsupported);
            }
        }
        if (Request.INVITE.equals(method) && !acceptsSdp(request)) {
            return Rejection.of(406, "Not Acceptable");
        }
        return null;
    }

    /** sip, sips and tel; anything else (RFC 4475 unkscm, novelsc, unksm2) we can neither route nor call. */
    private static boolean servable(URI uri) {
        return uri instanceof SipURI || uri instanceof TelURL;
    }

    private static List<String> unsupportedRequire(Request request) {
        List<String> unsupported = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RequireHeader.NAME);
        while (it != null && it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !SUPPORTED.contains(tag.toLowerCase(java.util.Locale.ROOT))) {
                unsupported.add(TOKEN.matcher(tag).matches() ? tag : "unknown");
            }
        }
        return unsupported;
    }

    /** No Accept means application/sdp (RFC 3261 20.1); otherwise one entry must allow it. */
    private static boolean acceptsSdp(Request request) {
        ListIterator<?> it = request.getHeaders(AcceptHeader.NAME);
        if (it == null || !it.hasNext()) {
            return true;
        }
        while (it.hasNext()) {
            AcceptHeader accept = (AcceptHeader) it.next();
            String type = accept.getContentType();
            String subType = accept.getContentSubType();
            if (("*".equals(type) || "application".equalsIgnoreCase(type))
                    && ("*".equals(subType) || "sdp".equalsIgnoreCase(subType))) {
                return true;
            }
        }
        return false;
    }

    private static String headerName(String rawHeader) {
        int colon = rawHeader.indexOf(':');
        String name = colon < 0 ? "" : rawHeader.substring(0, colon).strip();
        return TOKEN.matcher(name).matches() ? name : "a";
    }
}
