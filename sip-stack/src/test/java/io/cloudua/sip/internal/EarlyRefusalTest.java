package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stateless 503 sent from the UDP receive thread: well formed, faithful to the request, or not sent at all. */
class EarlyRefusalTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "testdata", "sip-torture");
    private final AtomicInteger asked = new AtomicInteger();
    private final EarlyRefusal refuseAll = new EarlyRefusal(q -> { asked.incrementAndGet(); return 1; }, "cloudua");

    private static final String INVITE = "INVITE sip:alice@itdomain SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-1;rport\r\n"
            + "v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\n"
            + "Max-Forwards: 70\r\n"
            + "f: <sip:bob@127.0.0.1>;tag=abc\r\n"
            + "To: <sip:alice@itdomain>\r\n"
            + "Call-ID: early-1@host\r\n"
            + "CSeq: 7 INVITE\r\n"
            + "Content-Type: application/sdp\r\nContent-Length: 4\r\n\r\nv=0\n";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static EarlyRefusal.Verdict check(EarlyRefusal refusal, String message) {
        byte[] b = bytes("xx" + message);   // at an offset, as in a reused buffer
        return refusal.check(b, 2, b.length - 2, 0);
    }

    @Test
    void a503ThatTheParserReadsWithEveryViaTheCallsIdentityAndATag() throws Exception {
        EarlyRefusal.Verdict v = check(refuseAll, INVITE);
        assertThat(v.pass()).isFalse();
        SIPMessage m = new StringMsgParser().parseSIPMessage(v.answer(), true, false, null);
        SIPResponse r = (SIPResponse) m;
        assertThat(r.getStatusCode()).isEqualTo(503);
        assertThat(r.getViaHeaders().size()).isEqualTo(2);
        assertThat(r.getTopmostVia().getBranch()).isEqualTo("z9hG4bK-1");
        assertThat(r.getCallId().getCallId()).isEqualTo("early-1@host");
        assertThat(r.getCSeq().getSeqNumber()).isEqualTo(7);
        assertThat(r.getCSeq().getMethod()).isEqualTo("INVITE");
        assertThat(r.getFrom().getTag()).isEqualTo("abc");
        assertThat(r.getTo().getTag()).startsWith(EarlyRefusal.TAG_PREFIX);
        assertThat(r.getHeader("Retry-After").toString()).contains("1");
        assertThat(r.getContentLength().getContentLength()).isZero();
    }

    @Test
    void onlyNewInvitesAreRefusedAndOnlyWhenThePolicySays() {
        assertThat(check(new EarlyRefusal(q -> 0, "cloudua"), INVITE).pass()).isTrue();
        assertThat(check(refuseAll, INVITE.replace("To: <sip:alice@itdomain>", "To: <sip:alice@itdomain>;tag=x")).pass())
                .as("in dialog").isTrue();
        assertThat(check(refuseAll, INVITE.replace("INVITE sip:", "OPTIONS sip:").replace("7 INVITE", "7 OPTIONS")).pass())
                .isTrue();
        assertThat(check(refuseAll, INVITE.replace("To: <sip:alice@itdomain>\r\n", "To: <sip:alice@itdomain>\r\n ;x=1\r\n")).pass())
                .as("folded").isTrue();
        assertThat(check(refuseAll, INVITE.replace("Call-ID: early-1@host\r\n", "")).pass()).as("no Call-ID").isTrue();
        assertThat(check(refuseAll, INVITE.replace("CSeq: 7 INVITE\r\n", "CSeq: 7 INVITE\r\nCSeq: 8 INVITE\r\n")).pass())
                .as("two CSeq").isTrue();
        assertThat(check(refuseAll, INVITE.replace("\r\n\r\nv=0\n", "\r\n")).pass()).as("no end of head").isTrue();
    }

    @Test
    void aRetransmissionOfAnInviteLetThroughIsLetThroughAgain() {
        AtomicInteger refuse = new AtomicInteger(0);
        EarlyRefusal gate = new EarlyRefusal(q -> refuse.get(), "cloudua");
        assertThat(check(gate, INVITE).pass()).as("let through while under the limit").isTrue();
        refuse.set(1);
        assertThat(check(gate, INVITE).pass()).as("its retransmission, now over the limit").isTrue();
        assertThat(check(gate, INVITE.replace("early-1@host", "early-2@host")).pass()).as("a new call").isFalse();
        assertThat(EarlyRefusal.callId(INVITE)).isEqualTo("early-1@host");
        assertThat(EarlyRefusal.callId(INVITE.replace("Call-ID: early-1@host", "i:  compact@h "))).isEqualTo("compact@h");
        assertThat(EarlyRefusal.callId(INVITE.replace("Call-ID: early-1@host\r\n", ""))).isNull();
    }

    @Test
    void theAckOfAnEarly503IsDroppedOtherAcksPass() {
        String ack = "ACK sip:alice@itdomain SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-1\r\n"
                + "From: <sip:bob@127.0.0.1>;tag=abc\r\nTo: <sip:alice@itdomain>;tag=" + EarlyRefusal.TAG_PREFIX + "12ab\r\n"
                + "Call-ID: early-1@host\r\nCSeq: 7 ACK\r\nContent-Length: 0\r\n\r\n";
        EarlyRefusal.Verdict v = check(refuseAll, ack);
        assertThat(v.pass()).isFalse();
        assertThat(v.answer()).isNull();
        assertThat(check(refuseAll, ack.replace(EarlyRefusal.TAG_PREFIX, "zz")).pass()).isTrue();
    }

    /** Every torture INVITE: either a 503 the RI's parser reads, or passed on to the worker (which answers it). */
    @Test
    void tortureInvitesGetAParseable503OrArePassedOn() throws Exception {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            assertThat(CORPUS).as("torture corpus").isDirectory();
        }
        assumeTrue(Files.isDirectory(CORPUS), "torture corpus not present at " + CORPUS.toAbsolutePath());
        int answered = 0;
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("rfc4475")), Files.list(CORPUS.resolve("rfc5118")))) {
            for (Path f : files.toList()) {
                byte[] b = Files.readAllBytes(f);
                EarlyRefusal.Verdict v = refuseAll.check(b, 0, b.length, 0);
                if (!v.pass() && v.answer() != null) {
                    SIPMessage m = new StringMsgParser().parseSIPMessage(v.answer(), true, false, null);
                    assertThat(m).as(f.getFileName().toString()).isInstanceOf(SIPResponse.class);
                    assertThat(((SIPResponse) m).getStatusCode()).isEqualTo(503);
                    answered++;
                }
            }
        }
        assertThat(answered).as("the plain INVITEs of the corpus are answered early").isGreaterThan(3);
    }
}
