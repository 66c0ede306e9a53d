package io.cloudua.sip.sdp;

import static io.cloudua.sip.sdp.SdpSamples.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdpCodecParseTest {

    private final SdpCodec codec = new SdpCodec("192.0.2.10");

    private RemoteMedia parsed(String sdp) {
        SdpResult result = codec.parse(sdp);
        assertThat(result).isInstanceOf(SdpResult.Parsed.class);
        return ((SdpResult.Parsed) result).media();
    }

    @Test
    void sippUacOffer() {
        assertThat(parsed(SdpSamples.SIPP_UAC)).isEqualTo(new RemoteMedia("127.0.1.1", 6000, false,
                List.of("PCMU"), Map.of("PCMU", 0), null, List.of(), "sendrecv"));
    }

    @Test
    void rfc3551StaticPayloadTypesNeedNoRtpmap() {
        RemoteMedia media = parsed(SdpSamples.STATIC_PTS_NO_RTPMAP);
        assertThat(media.codecs()).containsExactly("PCMU", "PCMA");
        assertThat(media.payloadTypes().entrySet()).containsExactly(Map.entry("PCMU", 0), Map.entry("PCMA", 8));
        assertThat(media.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(media.firstSupportedCodec()).contains("PCMU");
    }

    @Test
    void deskPhoneKeepsRemoteOrderAndDropsUnsupportedCodecs() {
        RemoteMedia media = parsed(SdpSamples.DESK_PHONE);
        assertThat(media.address()).isEqualTo("192.168.1.20");
        assertThat(media.port()).isEqualTo(11796);
        assertThat(media.codecs()).containsExactly("PCMA", "PCMU");
        assertThat(media.firstSupportedCodec()).contains("PCMA");
        assertThat(media.telephoneEventPayloadType()).isEqualTo(101);
    }

    @Test
    void softphoneSrtpOfferPicksTelephoneEventAt8000AndGsm() {
        RemoteMedia media = parsed(SdpSamples.SOFTPHONE_SRTP);
        assertThat(media.secure()).isTrue();
        assertThat(media.codecs()).containsExactly("PCMA", "PCMU", "GSM");
        assertThat(media.payloadTypes()).containsEntry("GSM", 3);
        assertThat(media.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(media.cryptos()).hasSize(2);
    }

    @Test
    void rfc4566RtpmapNamesCodecAtDynamicPayloadTypeCaseInsensitively() {
        RemoteMedia media = parsed(audio("m=audio 5004 RTP/AVP 96 0 97\na=rtpmap:96 pcma/8000\na=rtpmap:97 PCMU/16000\n"));
        assertThat(media.codecs()).containsExactly("PCMA", "PCMU");
        assertThat(media.payloadTypes()).containsEntry("PCMA", 96).containsEntry("PCMU", 0);
    }

    @Test
    void rtpmapForAnotherClockRateOrStereoIsNotSupported() {
        RemoteMedia media = parsed(audio("m=audio 5004 RTP/AVP 96 97\na=rtpmap:96 PCMA/16000\na=rtpmap:97 PCMU/8000/2\n"));
        assertThat(media.codecs()).isEmpty();
        assertThat(media.firstSupportedCodec()).isEmpty();
    }

    @Test
    void noCommonCodecIsStillParsed() {
        RemoteMedia media = parsed(audio("m=audio 5004 RTP/AVP 18 111\na=rtpmap:111 opus/48000/2\n"));
        assertThat(media.codecs()).isEmpty();
        assertThat(media.payloadTypes()).isEmpty();
    }

    @Test
    void telephoneEventMustBeListedOnTheMLine() {
        RemoteMedia media = parsed(audio("m=audio 5004 RTP/AVP 0\na=rtpmap:101 telephone-event/8000\n"));
        assertThat(media.telephoneEventPayloadType()).isNull();
    }

    @Test
    void rfc4566MediaLevelConnectionOverridesSessionLevel() {
        String sdp = crlf("""
                v=0
                o=- 1 1 IN IP4 10.0.0.1
                s=-
                c=IN IP4 10.0.0.1
                t=0 0
                m=audio 4000 RTP/AVP 0
                c=IN IP4 10.0.0.2
                """);
        assertThat(parsed(sdp).address()).isEqualTo("10.0.0.2");
    }

    @Test
    void rfc3264FirstActiveAudioStreamIsUsed() {
        String sdp = crlf("""
                v=0
                o=- 1 1 IN IP4 10.0.0.1
                s=-
                c=IN IP4 10.0.0.1
                t=0 0
                m=video 5000 RTP/AVP 96
                a=rtpmap:96 H264/90000
                m=audio 0 RTP/AVP 0
                m=audio 6000 RTP/AVP 8
                m=audio 7000 RTP/AVP 0
                """);
        RemoteMedia media = parsed(sdp);
        assertThat(media.port()).isEqualTo(6000);
        assertThat(media.codecs()).containsExactly("PCMA");
    }

    @ParameterizedTest(name = "session {0}, media {1} -> {2}")
    @CsvSource({
        "'',           '',           sendrecv",
        "a=sendonly,   '',           sendonly",
        "a=recvonly,   '',           recvonly",
        "a=inactive,   '',           inactive",
        "a=sendonly,   a=sendrecv,   sendrecv",
        "'',           a=recvonly,   recvonly",
        "a=recvonly,   a=inactive,   inactive",
    })
    void rfc3264DirectionAtMediaLevelOverridesSessionLevel(String session, String media, String expected) {
        String sdp = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                + (session.isEmpty() ? "" : session + "\r\n")
                + "m=audio 4000 RTP/AVP 0\r\n"
                + (media.isEmpty() ? "" : media + "\r\n");
        assertThat(parsed(sdp).direction()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"RTP/AVP, false", "RTP/AVPF, false", "RTP/SAVP, true", "RTP/SAVPF, true"})
    void rfc3711SecureProfiles(String profile, boolean secure) {
        assertThat(parsed(audio("m=audio 4000 " + profile + " 0\n")).secure()).isEqualTo(secure);
    }

    @Test
    void bareLineFeedsAreAccepted() {
        assertThat(parsed(SdpSamples.SIPP_UAC.replace("\r\n", "\n")).port()).isEqualTo(6000);
    }

    @Test
    void multicastTtlIsNotPartOfTheAddress() {
        assertThat(parsed(audio("m=audio 4000 RTP/AVP 0\nc=IN IP4 233.252.0.1/127\n")).address())
                .isEqualTo("233.252.0.1");
    }

    /** A session with session-level c=IN IP4 10.0.0.1 and the given media section (LF lines). */
    static String audio(String mediaSection) {
        return crlf("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4 10.0.0.1\nt=0 0\n" + mediaSection);
    }
}
