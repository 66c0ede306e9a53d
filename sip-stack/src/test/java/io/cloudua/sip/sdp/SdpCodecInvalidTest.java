package io.cloudua.sip.sdp;

import static io.cloudua.sip.sdp.SdpCodecParseTest.audio;
import static io.cloudua.sip.sdp.SdpSamples.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Remote SDP is untrusted: every bad body is an {@link SdpResult.Invalid}, never an exception. */
class SdpCodecInvalidTest {

    private final SdpCodec codec = new SdpCodec("192.0.2.10");

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("empty", "", "empty"),
                Arguments.of("blank", " \r\n\r\n", "empty"),
                Arguments.of("garbage", "garbage", "not SDP"),
                Arguments.of("other text", "hello\r\nworld\r\n", "not SDP"),
                Arguments.of("binary", "\u0000\u0001\u00ff\ufffd=\u0007", "not SDP"),
                Arguments.of("json", "{\"v\":0}", "not SDP"),
                Arguments.of("version 1", crlf("v=1\nc=IN IP4 10.0.0.1\nm=audio 4000 RTP/AVP 0\n"), "version"),
                Arguments.of("no media", crlf("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4 10.0.0.1\nt=0 0\n"),
                        "no audio stream"),
                Arguments.of("video only", audio("m=video 5000 RTP/AVP 96\n"), "no audio stream"),
                Arguments.of("port 0 only", audio("m=audio 0 RTP/AVP 0\nm=video 5000 RTP/AVP 96\n"),
                        "no active audio stream"),
                Arguments.of("missing c=", crlf("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\n"),
                        "no connection address"),
                Arguments.of("c= only on another stream", crlf("""
                        v=0
                        o=- 1 1 IN IP4 10.0.0.1
                        s=-
                        t=0 0
                        m=audio 4000 RTP/AVP 0
                        m=video 5000 RTP/AVP 96
                        c=IN IP4 10.0.0.1
                        """), "no connection address"),
                Arguments.of("port above 65535", audio("m=audio 70000 RTP/AVP 0\n"), "out of range"),
                Arguments.of("negative port", audio("m=audio -1 RTP/AVP 0\n"), "out of range"),
                Arguments.of("port beyond int", audio("m=audio 99999999999 RTP/AVP 0\n"), "malformed"),
                Arguments.of("port not a number", audio("m=audio abc RTP/AVP 0\n"), "malformed"),
                Arguments.of("truncated m=", audio("m=audio 4000\n"), "malformed"),
                Arguments.of("truncated c=", audio("m=audio 4000 RTP/AVP 0\nc=IN\n"), "malformed"),
                Arguments.of("ATM address", audio("m=audio 4000 RTP/AVP 0\nc=ATM NSAP 47.0091.8100\n"),
                        "unsupported connection type"),
                Arguments.of("address with spaces", audio("m=audio 4000 RTP/AVP 0\nc=IN IP4 10.0.0.1 evil\n"),
                        "bad connection address"),
                Arguments.of("too long", audio("m=audio 4000 RTP/AVP 0\n" + "a=x\r\n".repeat(20_000)), "longer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidSdpIsAValue(String name, String sdp, String reason) {
        SdpResult result = codec.parse(sdp);
        assertThat(result).isInstanceOf(SdpResult.Invalid.class);
        assertThat(((SdpResult.Invalid) result).reason()).contains(reason);
    }

    @Test
    void nullIsInvalid() {
        assertThat(codec.parse(null)).isEqualTo(new SdpResult.Invalid("empty SDP"));
    }

    @Test
    void truncatedBodiesNeverThrow() {
        String sdp = SdpSamples.SOFTPHONE_SRTP;
        for (int end = 0; end <= sdp.length(); end++) {
            assertThat(codec.parse(sdp.substring(0, end))).isNotNull();
        }
    }
}
