package io.cloudua.sip.internal;

import gov.nist.javax.sip.message.SIPRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * RFC 3261 18.3 for a request that came in one datagram: bytes beyond Content-Length are discarded, and a
 * datagram that ends before Content-Length bytes of body is an error (400). JAIN-SIP does neither when the
 * numbers disagree the other way round or there is no blank line: it takes every byte after the headers as
 * the body and rewrites Content-Length to fit, so an SDP cut short by its Content-Length arrived looking
 * whole, and a declared body that never came was not noticed.
 */
final class DatagramBody {
    private DatagramBody() { }

    /** Cuts request's body to the declared Content-Length, or says why it cannot; null when all is well. */
    static Malformed fit(byte[] datagram, SIPRequest request) {
        long declared = declaredLength(datagram);
        if (declared < 0) {
            return null;  // none declared: over UDP the body is the rest of the datagram
        }
        int start = bodyStart(datagram);
        int actual = start < 0 ? 0 : datagram.length - start;
        if (declared > actual) {
            return Malformed.badRequest("Content-Length does not match the body");
        }
        if (declared < actual) {
            try {
                request.setMessageContent(Arrays.copyOfRange(datagram, start, start + (int) declared));
            } catch (RuntimeException e) {
                return Malformed.badRequest("Content-Length does not match the body");
            }
        }
        return null;
    }

    /** Where the body starts (after the first empty line), or -1 when the headers never end. */
    static int bodyStart(byte[] m) {
        for (int i = 0; i + 1 < m.length; i++) {
            if (m[i] == '\n' && m[i + 1] == '\n') {
                return i + 2;
            }
            if (m[i] == '\n' && m[i + 1] == '\r' && i + 2 < m.length && m[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /** The Content-Length header's value, or -1 when there is none (the parser has checked its syntax). */
    private static long declaredLength(byte[] datagram) {
        List<String> lines = HeaderLines.of(new String(datagram, StandardCharsets.ISO_8859_1));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("l")) {
                try {
                    return Long.parseLong(line.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
