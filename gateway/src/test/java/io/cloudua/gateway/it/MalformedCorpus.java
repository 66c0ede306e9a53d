package io.cloudua.gateway.it;

import io.cloudua.gateway.it.SipWire.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Our own corpus of broken SIP, beyond the RFC torture messages: truncated messages, bad headers, wrong,
 * missing and negative Content-Length, huge headers and messages, binary garbage, missing mandatory headers,
 * and INVITEs with broken SDP to a domain that would otherwise take the call. Generated from two good
 * requests with a fixed seed, so every run sends the same bytes; each shot says what answer it allows.
 */
final class MalformedCorpus {

    /** What a shot allows: a final status among these (0 = no answer at all). */
    enum Allow {
        BAD_OR_NONE(0, 400), BAD(400), NONE(0), SDP_REFUSED(400, 488), PROCESSED(200, 404, 405), VERSION(505),
        SCHEME(416), EXTENSION(420), ANY_BUT_SERVER_ERROR();

        private final int[] statuses;

        Allow(int... statuses) {
            this.statuses = statuses;
        }

        boolean allows(SipWire.Answer a) {
            int s = a.finalStatus();
            if (this == ANY_BUT_SERVER_ERROR) {
                return s < 500;
            }
            for (int ok : statuses) {
                if (ok == s) {
                    return true;
                }
            }
            return false;
        }
    }

    record Shot(String category, String name, Transport transport, byte[] bytes, Allow allow) {
        String callId() {
            return name + "@fuzz";
        }
    }

    private final String domain;
    private final List<Shot> shots = new ArrayList<>();
    private final Random random = new Random(4475);

    private MalformedCorpus(String domain) {
        this.domain = domain;
    }

    /** Every shot, grouped by category in order. */
    static List<Shot> build(String domain) {
        MalformedCorpus c = new MalformedCorpus(domain);
        c.truncated();
        c.badHeaders();
        c.contentLength();
        c.huge();
        c.garbage();
        c.missingHeaders();
        c.brokenSdp();
        return c.shots;
    }

    private void add(String category, String name, Transport t, String text, Allow allow) {
        shots.add(new Shot(category, name, t, text.getBytes(StandardCharsets.ISO_8859_1), allow));
    }

    private void truncated() {
        String options = SipTemplates.options("trunc-o", domain, "UDP", "");
        String invite = SipTemplates.invite("trunc-i", "nosuchdomain", "UDP", SipTemplates.SDP);
        int headerEnd = invite.indexOf("\r\n\r\n");
        int[] cuts = {5, 20, options.indexOf("Via:") + 12, options.indexOf("From:") + 10, options.indexOf("From:")};
        for (int i = 0; i < cuts.length; i++) {
            add("truncated", "trunc-o" + i, Transport.UDP, options.substring(0, cuts[i]), Allow.BAD_OR_NONE);
        }
        add("truncated", "trunc-i-body", Transport.UDP, invite.substring(0, headerEnd + 4 + 20), Allow.BAD_OR_NONE);
        add("truncated", "trunc-i-crlf", Transport.UDP, invite.substring(0, headerEnd + 2), Allow.BAD_OR_NONE);
    }

    private void badHeaders() {
        String[][] cases = {
            {"Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-%s", "Via: garbage"},
            {"CSeq: 1 OPTIONS", "CSeq: one OPTIONS"},
            {"CSeq: 1 OPTIONS", "CSeq: -1 OPTIONS"},
            {"CSeq: 1 OPTIONS", "CSeq: 1 INVITE"},
            {"Max-Forwards: 70", "Max-Forwards: lots"},
            {"From: <sip:fuzz@127.0.0.1>;tag=%s", "From: <sip:fuzz@127.0.0.1;tag=x"},
            {"From: <sip:fuzz@127.0.0.1>;tag=%s", "From: Fuzz, The <sip:fuzz@127.0.0.1>;tag=x"},
            {"To: <sip:alice@%d>", "To: <>"},
            {"To: <sip:alice@%d>", "To: <sip:alice@%d>\r\nTo: <sip:bob@%d>"},
            {"Call-ID: %s@fuzz", "Call-ID:"},
            {"Call-ID: %s@fuzz", "Call-ID: %s@fuzz\r\nthis line has no colon"},
            {"Call-ID: %s@fuzz", "Call-ID: %s@fuzz\r\nBad Name: value"},
            {"Call-ID: %s@fuzz", "Call-ID: %s@fuzz\r\nExpires: soon"},
            {"Call-ID: %s@fuzz", "Call-ID: %s@fuzz\r\nRequire: fuzzing"},
            {"OPTIONS sip:alice@%d SIP/2.0", "OPTIONS sip:alice@%d SIP/3.0"},
            {"OPTIONS sip:alice@%d SIP/2.0", "OPTIONS fuzz:alice SIP/2.0"},
            {"OPTIONS sip:alice@%d SIP/2.0", "OPTIONS\tsip:alice@%d\tSIP/2.0"},
        };
        for (int i = 0; i < cases.length; i++) {
            String id = "hdr" + i;
            String good = SipTemplates.options(id, domain, "UDP", "");
            String from = cases[i][0].replace("%s", id).replace("%d", domain);
            String to = cases[i][1].replace("%s", id).replace("%d", domain);
            Allow allow = to.contains("SIP/3.0") ? Allow.VERSION : to.contains("fuzz:alice") ? Allow.SCHEME
                    : to.contains("Require:") ? Allow.EXTENSION : Allow.BAD_OR_NONE;
            add("bad headers", id, Transport.UDP, SipTemplates.replace(good, from, to), allow);
        }
        String nul = SipTemplates.options("hdr-nul", domain, "UDP", "");
        add("bad headers", "hdr-nul", Transport.UDP, nul.replace("Max-Forwards: 70", "Max-Forwards: 7\0"), Allow.BAD_OR_NONE);
    }

    private void contentLength() {
        String body = "hello, fuzz";
        String cl = "Content-Length: " + body.length();
        String good = SipTemplates.options("cl", domain, "UDP", "Content-Type: text/plain\r\n")
                .replace("Content-Length: 0", cl) + body;
        String[][] cases = {
            {"more", "Content-Length: 900", "BAD"}, {"negative", "Content-Length: -5", "BAD"},
            {"huge", "Content-Length: 1099511627776", "BAD"}, {"text", "Content-Length: eleven", "BAD"},
            {"missing", "", "PROCESSED"}, {"two", cl + "\r\nContent-Length: 3", "BAD"},
        };
        for (String[] c : cases) {
            String text = good.replace(cl + "\r\n", c[1].isEmpty() ? "" : c[1] + "\r\n").replace("cl@fuzz", "cl-" + c[0] + "@fuzz")
                    .replace("z9hG4bK-cl", "z9hG4bK-cl-" + c[0]);
            add("content-length", "cl-" + c[0], Transport.UDP, text, Allow.valueOf(c[2]));
        }
        String tcp = SipTemplates.options("cl-tcp", domain, "TCP", "");
        add("content-length", "cl-tcp-more", Transport.TCP, tcp.replace("Content-Length: 0", "Content-Length: 500"), Allow.NONE);
        add("content-length", "cl-tcp-negative", Transport.TCP,
                SipTemplates.options("cl-tcp-neg", domain, "TCP", "").replace("Content-Length: 0", "Content-Length: -1"),
                Allow.BAD_OR_NONE);
    }

    private void huge() {
        String big = "X-Fuzz: " + "a".repeat(60_000) + "\r\n";
        add("huge", "huge-header-udp", Transport.UDP, SipTemplates.options("huge1", domain, "UDP", big), Allow.ANY_BUT_SERVER_ERROR);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append("X-Fuzz-").append(i).append(": ").append(i).append("\r\n");
        }
        add("huge", "many-headers-udp", Transport.UDP, SipTemplates.options("huge2", domain, "UDP", many.toString()),
                Allow.ANY_BUT_SERVER_ERROR);
        String bigger = "X-Fuzz: " + "b".repeat(200_000) + "\r\n";
        add("huge", "huge-header-tcp", Transport.TCP, SipTemplates.options("huge3", domain, "TCP", bigger), Allow.BAD_OR_NONE);
        add("huge", "endless-line-tcp", Transport.TCP, "OPTIONS sip:" + "c".repeat(150_000), Allow.BAD_OR_NONE);
        StringBuilder vias = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            vias.append("Via: SIP/2.0/TCP 192.0.2.").append(i % 250).append(";branch=z9hG4bK-hop").append(i).append("\r\n");
        }
        add("huge", "many-vias-tcp", Transport.TCP, SipTemplates.options("huge4", domain, "TCP", vias.toString()),
                Allow.ANY_BUT_SERVER_ERROR);
    }

    private void garbage() {
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[1 + random.nextInt(1400)];
            random.nextBytes(junk);
            shots.add(new Shot("binary garbage", "junk" + i, Transport.UDP, junk, Allow.BAD_OR_NONE));
        }
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[1 + random.nextInt(8000)];
            random.nextBytes(junk);
            shots.add(new Shot("binary garbage", "junk-tcp" + i, Transport.TCP, junk, Allow.BAD_OR_NONE));
        }
        add("binary garbage", "response-junk", Transport.UDP, "SIP/2.0 200 OK\r\n" + "\u0001\u00ff".repeat(50), Allow.NONE);
        add("binary garbage", "crlf-only", Transport.UDP, "\r\n\r\n", Allow.BAD_OR_NONE);
        add("binary garbage", "method-only", Transport.UDP, "INVITE\r\n\r\n", Allow.BAD_OR_NONE);
    }

    private void missingHeaders() {
        String[][] cases = {
            {"Via", "NONE"}, {"From", "BAD"}, {"To", "BAD"}, {"Call-ID", "BAD"}, {"CSeq", "BAD"}, {"Max-Forwards", "PROCESSED"},
        };
        for (String[] c : cases) {
            String id = "miss-" + c[0].toLowerCase();
            String good = SipTemplates.options(id, domain, "UDP", "");
            add("missing headers", id, Transport.UDP, SipTemplates.withoutHeader(good, c[0]), Allow.valueOf(c[1]));
        }
    }

    private void brokenSdp() {
        String[][] bodies = {
            {"sdp-garbage", "this is not SDP at all\r\n"},
            {"sdp-no-media", "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"},
            {"sdp-bad-port", SipTemplates.SDP.replace("m=audio 7000", "m=audio seven")},
            {"sdp-no-connection", SipTemplates.SDP.replace("c=IN IP4 127.0.0.1\r\n", "")},
            {"sdp-video-only", SipTemplates.SDP.replace("m=audio 7000 RTP/AVP 8", "m=video 7000 RTP/AVP 96")},
            {"sdp-no-codec", SipTemplates.SDP.replace("RTP/AVP 8\r\na=rtpmap:8 PCMA/8000", "RTP/AVP 99\r\na=rtpmap:99 opus/48000/2")},
            {"sdp-bad-address", SipTemplates.SDP.replace("c=IN IP4 127.0.0.1", "c=IN IP4 127.0.0.1/../;x")},
            {"sdp-binary", new String(new byte[] {1, 2, 3, (byte) 0xff, 0, 10}, StandardCharsets.ISO_8859_1)},
        };
        for (String[] b : bodies) {
            add("broken SDP", b[0], Transport.UDP, SipTemplates.invite(b[0], domain, "UDP", b[1]), Allow.SDP_REFUSED);
        }
        String cut = SipTemplates.invite("sdp-cut", domain, "UDP", SipTemplates.SDP);
        int body = cut.indexOf("\r\n\r\n") + 4;
        String shorter = cut.replace("Content-Length: " + (cut.length() - body), "Content-Length: 30");
        add("broken SDP", "sdp-cut", Transport.UDP, shorter, Allow.SDP_REFUSED);
    }
}
