package io.cloudua.gateway.it;

import java.util.regex.Pattern;

/**
 * The two good requests MalformedCorpus breaks: an OPTIONS and an INVITE with a PCMA offer, CRLF line ends,
 * branch, tag and Call-ID derived from the shot's id so answers and webhooks can be told apart. The Via names
 * a port nobody listens on: the gateway answers where a request came from (rport behaviour).
 */
final class SipTemplates {
    static final String SDP = "v=0\r\no=fuzz 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 7000 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n";

    private SipTemplates() { }

    /** OPTIONS sip:alice@domain with extra header lines (each ending CRLF) before Content-Length: 0. */
    static String options(String id, String domain, String transport, String extraHeaders) {
        return "OPTIONS sip:alice@" + domain + " SIP/2.0\r\n"
                + common(id, domain, transport, "OPTIONS")
                + extraHeaders
                + "Content-Length: 0\r\n\r\n";
    }

    /** INVITE sip:alice@domain with body as application/sdp. */
    static String invite(String id, String domain, String transport, String body) {
        return "INVITE sip:alice@" + domain + " SIP/2.0\r\n"
                + common(id, domain, transport, "INVITE")
                + "Contact: <sip:fuzz@127.0.0.1:5999>\r\n"
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static String common(String id, String domain, String transport, String method) {
        return "Via: SIP/2.0/" + transport + " 127.0.0.1:5999;branch=z9hG4bK-" + id + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:fuzz@127.0.0.1>;tag=" + id + "\r\n"
                + "To: <sip:alice@" + domain + ">\r\n"
                + "Call-ID: " + id + "@fuzz\r\n"
                + "CSeq: 1 " + method + "\r\n";
    }

    /** text with its one occurrence of from replaced; fails loudly when the template changed under a case. */
    static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException("template has no " + from);
        }
        return text.replace(from, to);
    }

    /** text without the header line named name. */
    static String withoutHeader(String text, String name) {
        String out = Pattern.compile("(?m)^" + Pattern.quote(name) + ":[^\r\n]*\r\n").matcher(text).replaceFirst("");
        if (out.equals(text)) {
            throw new IllegalArgumentException("template has no " + name);
        }
        return out;
    }
}
