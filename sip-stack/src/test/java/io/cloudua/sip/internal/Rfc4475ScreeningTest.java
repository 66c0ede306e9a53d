package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every RFC 4475 and RFC 5118 torture message through the screening parser and the request screen, without
 * sockets: what the stack does with each before any handler runs. "parse" means the parser refuses it
 * (the RI answers 400 over UDP with our fixed reason, or drops it), "response" a response the UAS has no
 * transaction for (dropped), "handler" a request passed on to its method's handler, a number the status
 * the screen answers with. SipTortureIT checks the same messages end to end against the corpus README.
 */
class Rfc4475ScreeningTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "testdata", "sip-torture");

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            // RFC 4475 3.1.1: well-formed, processed by the handlers.
            Map.entry("wsinv", "handler"), Map.entry("intmeth", "handler"), Map.entry("esc01", "handler"),
            Map.entry("escnull", "handler"), Map.entry("esc02", "handler"), Map.entry("lwsdisp", "handler"),
            Map.entry("longreq", "handler"), Map.entry("dblreq", "handler"), Map.entry("semiuri", "handler"),
            Map.entry("transports", "handler"), Map.entry("mpart01", "handler"), Map.entry("unreason", "response"),
            Map.entry("noreason", "response"),
            // 3.1.2: malformed.
            Map.entry("badinv01", "parse"), Map.entry("clerr", "parse"), Map.entry("ncl", "parse"),
            Map.entry("scalar02", "parse"), Map.entry("scalarlg", "parse"), Map.entry("quotbal", "parse"),
            Map.entry("ltgtruri", "parse"), Map.entry("lwsruri", "parse"), Map.entry("lwsstart", "400"),
            Map.entry("escruri", "400"), Map.entry("baddate", "400"), Map.entry("regbadct", "400"),
            Map.entry("badaspec", "400"), Map.entry("baddn", "400"), Map.entry("badvers", "505"),
            Map.entry("mismatch01", "400"), Map.entry("mismatch02", "400"), Map.entry("bigcode", "parse"),
            Map.entry("trws", "handler"),
            // 3.2, 3.3, 3.4.
            Map.entry("badbranch", "handler"), Map.entry("insuf", "400"), Map.entry("unkscm", "416"),
            Map.entry("unksm2", "416"), Map.entry("novelsc", "416"), Map.entry("bext01", "420"),
            Map.entry("invut", "handler"), Map.entry("regaut01", "handler"), Map.entry("multi01", "400"),
            Map.entry("mcl01", "400"), Map.entry("bcast", "response"), Map.entry("zeromf", "handler"),
            Map.entry("cparam01", "handler"), Map.entry("cparam02", "handler"), Map.entry("regescrt", "handler"),
            Map.entry("sdp01", "406"), Map.entry("inv2543", "handler"),
            // RFC 5118.
            Map.entry("ipv6-good", "handler"), Map.entry("ipv6-correct-abnf-2-colons", "handler"),
            Map.entry("ipv4-mapped-ipv6", "handler"), Map.entry("port-ambiguous", "handler"),
            Map.entry("port-unambiguous", "handler"), Map.entry("mult-ip-in-header", "handler"),
            Map.entry("mult-ip-in-sdp", "handler"), Map.entry("ipv6-in-sdp", "handler"),
            Map.entry("via-received-param-no-delim", "handler"), Map.entry("via-received-param-with-delim", "handler"),
            Map.entry("ipv6-bug-abnf-3-colons", "handler"), Map.entry("ipv6-bad", "400")));

    private final ScreeningParser parser = new ScreeningParser(new StringMsgParserFactory().createMessageParser(null));
    private final RequestScreen screen = new RequestScreen();

    @Test
    void everyTortureMessageGetsTheVerdictTheRfcsAsk() throws Exception {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            // In CI the corpus is always beside the clone: its absence is a failure, not a reason to skip.
            org.assertj.core.api.Assertions.assertThat(CORPUS).as("torture corpus").isDirectory();
        }
        assumeTrue(Files.isDirectory(CORPUS), "torture corpus not present at " + CORPUS.toAbsolutePath());
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("rfc4475")), Files.list(CORPUS.resolve("rfc5118")))) {
            for (Path f : files.toList()) {
                actual.put(f.getFileName().toString().replace(".dat", ""), verdict(Files.readAllBytes(f)));
            }
        }
        assertThat(actual).isEqualTo(EXPECTED);
    }

    @Test
    void parseFailuresCarryAShortFixedReasonNeverTheParsersText() {
        byte[] bad = ("INVITE sip:user@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.15;;,;,,\r\n"
                + "Call-ID: x\r\nCSeq: 1 INVITE\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>\r\n\r\n").getBytes();
        try {
            parser.parseSIPMessage(bad, true, false, null);
        } catch (ParseException e) {
            assertThat(e.getMessage()).isEqualTo("malformed Via header");
            return;
        }
        throw new AssertionError("expected a parse failure");
    }

    private String verdict(byte[] bytes) {
        SIPMessage m;
        try {
            m = parser.parseSIPMessage(bytes, true, false, null);
        } catch (ParseException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("@");
            return "parse";
        }
        if (!(m instanceof SIPRequest request)) {
            return "response";
        }
        Rejection r = screen.check(request);
        if (r != null) {
            assertThat(r.reason()).doesNotContain("\n");
        }
        return r == null ? "handler" : Integer.toString(r.status());
    }
}
