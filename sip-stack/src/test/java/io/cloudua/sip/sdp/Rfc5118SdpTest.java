package io.cloudua.sip.sdp;

import static io.cloudua.sip.sdp.SdpSamples.crlf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SDP bodies of the RFC 5118 IPv6 torture messages (sections 4.5, 4.6 and 4.4). */
class Rfc5118SdpTest {

    private final SdpCodec codec = new SdpCodec("2001:db8::10");

    /** RFC 5118 section 4.6, ipv6-in-sdp.dat: session-level IP6 c=, audio at PT 2 (G726-32). */
    static final String IPV6_IN_SDP = crlf("""
            v=0
            o=assistant 971731711378798081 0 IN IP6 2001:db8::20
            s=Live video feed for today's meeting
            c=IN IP6 2001:db8::20
            t=3338481189 3370017201
            m=audio 6000 RTP/AVP 2
            a=rtpmap:2 G726-32/8000
            m=video 6024 RTP/AVP 107
            a=rtpmap:107 H263-1998/90000
            """);

    /** RFC 5118 section 4.5, mult-ip-in-sdp.dat: IP4 audio and IP6 video, media-level c= only. */
    static final String MULT_IP_IN_SDP = crlf("""
            v=0
            o=bob 280744730 28977631 IN IP4 host.example.com
            s=
            t=0 0
            m=audio 22334 RTP/AVP 0
            c=IN IP4 192.0.2.1
            m=video 6024 RTP/AVP 107
            c=IN IP6 2001:db8::1
            a=rtpmap:107 H263-1998/90000
            """);

    /** RFC 5118 section 4.4, ipv4-mapped-ipv6.dat. */
    static final String IPV4_MAPPED_IPV6 = crlf("""
            v=0
            o=assistant 971731711378798081 0 IN IP6 ::ffff:192.0.2.2
            s=Call me soon, please!
            c=IN IP6 ::ffff:192.0.2.2
            t=3338481189 3370017201
            m=audio 6000 RTP/AVP 2
            a=rtpmap:2 G726-32/8000
            m=video 6024 RTP/AVP 107
            a=rtpmap:107 H263-1998/90000
            """);

    @Test
    void rfc5118Ipv6InSdpGivesIpv6AudioWithNoCommonCodec() {
        RemoteMedia media = parsed(IPV6_IN_SDP);
        assertThat(media.address()).isEqualTo("2001:db8::20");
        assertThat(media.port()).isEqualTo(6000);
        assertThat(media.codecs()).isEmpty();
    }

    @Test
    void rfc5118MultipleIpInSdpTakesTheAudioStreamsIpv4Address() {
        assertThat(parsed(MULT_IP_IN_SDP)).isEqualTo(new RemoteMedia("192.0.2.1", 22334, false,
                List.of("PCMU"), java.util.Map.of("PCMU", 0), null, List.of(), "sendrecv"));
    }

    @Test
    void rfc5118Ipv4MappedIpv6Address() {
        assertThat(parsed(IPV4_MAPPED_IPV6).address()).isEqualTo("::ffff:192.0.2.2");
    }

    /** The same bodies, read from the shared torture files when the repository layout has them. */
    @ParameterizedTest
    @ValueSource(strings = {"ipv6-in-sdp.dat", "mult-ip-in-sdp.dat", "ipv4-mapped-ipv6.dat"})
    void rfc5118TortureFileBodiesParse(String file) throws IOException {
        Path path = Path.of("..", "..", "shared", "testdata", "sip-torture", "rfc5118", file);
        assumeTrue(Files.isRegularFile(path), "torture files not present at " + path.toAbsolutePath());
        String message = Files.readString(path, StandardCharsets.ISO_8859_1);
        String body = message.substring(message.indexOf("\r\n\r\n") + 4);
        assertThat(codec.parse(body)).isInstanceOf(SdpResult.Parsed.class);
    }

    @Test
    void rfc5118Ipv6OfferRoundTrips() {
        LocalMedia local = new LocalMedia("2001:db8::30", 40000, "PCMA", 101, List.of(), null);
        String offer = codec.offer(local, 7, 1);
        assertThat(offer).contains("o=cloudua 7 1 IN IP6 2001:db8::10\r\n", "c=IN IP6 2001:db8::30\r\n");
        RemoteMedia media = parsed(offer);
        assertThat(media.address()).isEqualTo("2001:db8::30");
        assertThat(media.codecs()).containsExactly("PCMA");
    }

    private RemoteMedia parsed(String sdp) {
        SdpResult result = codec.parse(sdp);
        assertThat(result).isInstanceOf(SdpResult.Parsed.class);
        return ((SdpResult.Parsed) result).media();
    }
}
