package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw-text checks, on small variations of one good OPTIONS. */
class WireLintTest {
    private static final String GOOD = "OPTIONS sip:alice@example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: \"Bob B.\" <sip:bob@example.com>;tag=1\r\n"
            + "To: <sip:alice@example.com>\r\n"
            + "Call-ID: a@b\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Contact: <sip:bob@192.0.2.1>, sip:bob@192.0.2.2;expires=60\r\n"
            + "Content-Length: 0\r\n\r\n";

    private static Malformed lint(String message) {
        return WireLint.check(message.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aWellFormedRequestPasses() {
        assertThat(lint(GOOD)).isNull();
        assertThat(lint(GOOD.replace("\r\n", "\n"))).as("bare LF").isNull();
        assertThat(lint("\r\n\r\n" + GOOD)).as("leading keep-alive CRLFs").isNull();
        assertThat(lint(GOOD.replace("To: <sip:alice@example.com>", "t:\r\n  Alice <sip:alice@example.com>")))
                .as("compact, folded, token display name").isNull();
        assertThat(lint(GOOD.replace("SIP/2.0\r\nVia", "SIP/2.0  \r\nVia"))).as("trailing spaces (trws)").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "OPTIONS  sip:alice@example.com SIP/2.0|malformed request line",
        "OPTIONS sip:alice@example.com|malformed request line",
        "OPTIONS sip:alice@example.com SIP/2.0 extra|malformed request line",
        "OPTIONS sip:alice@example.com HTTP/1.1|malformed SIP version",
        "OPTIONS sip:2001:db8::1 SIP/2.0|IPv6 reference without brackets in the Request-URI",
        "OPTIONS sip:alice@example.com?Subject=x SIP/2.0|headers in the Request-URI",
    })
    void badRequestLines(String caseAndReason) {
        String[] c = caseAndReason.split("\\|");
        assertThat(lint(GOOD.replace("OPTIONS sip:alice@example.com SIP/2.0", c[0])))
                .isEqualTo(Malformed.badRequest(c[1]));
    }

    @Test
    void anotherSipVersionIs505() {
        assertThat(lint(GOOD.replace("SIP/2.0\r\nVia", "SIP/3.0\r\nVia")).status()).isEqualTo(505);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "To: <sip:alice@example.com>|To: <sip:alice@example.com>\r\nt: <sip:carol@example.com>|more than one to header",
        "CSeq: 1 OPTIONS|CSeq: 1 OPTIONS\r\nCSeq: 2 OPTIONS|more than one cseq header",
        "Content-Length: 0|Content-Length: 0\r\nl: 0|more than one content-length header",
        "Call-ID: a@b|Call-ID: a@b\r\nNot A Header|malformed header line",
        "Call-ID: a@b|Call-ID: a@b\r\n: no name|malformed header line",
        "\"Bob B.\" <sip:bob@example.com>|Bob, B. <sip:bob@example.com>|more than one address in from",
        "\"Bob B.\" <sip:bob@example.com>|Bob@home <sip:bob@example.com>|an unquoted display name with special characters in from",
        "To: <sip:alice@example.com>|To: < sip:alice@example.com>|white space or nothing inside < > in to",
        "To: <sip:alice@example.com>|To: <>|white space or nothing inside < > in to",
        "To: <sip:alice@example.com>|To: \"Alice <sip:alice@example.com>|unbalanced quotes or angle brackets in to",
        "To: <sip:alice@example.com>|To: sip:alice@example.com?Route=x|a URI with '?' or spaces outside angle brackets in to",
        "<sip:bob@192.0.2.1>, sip:bob|<sip:bob@192.0.2.1>>, sip:bob|unbalanced quotes or angle brackets in contact",
    })
    void badHeaders(String caseAndReason) {
        String[] c = caseAndReason.split("\\|");
        assertThat(lint(GOOD.replace(c[0], c[1]))).isEqualTo(Malformed.badRequest(c[2]));
    }

    @Test
    void garbageIsNeverAnException() {
        java.util.Random random = new java.util.Random(4475);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(600)];
            random.nextBytes(junk);
            WireLint.check(junk);
            byte[] prefixed = (GOOD.substring(0, random.nextInt(GOOD.length()))).getBytes(StandardCharsets.ISO_8859_1);
            WireLint.check(prefixed);
        }
    }
}
