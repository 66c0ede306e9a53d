package io.cloudua.sip.sdp;

import static io.cloudua.sip.sdp.SdpSamples.crlf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SdpCodecOfferTest {

    private static final SdpCrypto KEY = new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_80",
            "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32");

    private final SdpCodec codec = new SdpCodec("192.0.2.10");

    @Test
    void plainOfferWithTelephoneEvent() {
        String offer = codec.offer(new LocalMedia("10.1.2.3", 40000, "PCMA", 101, List.of(), null), 1234, 1);
        assertThat(offer).isEqualTo(crlf("""
                v=0
                o=cloudua 1234 1 IN IP4 192.0.2.10
                s=cloudua
                c=IN IP4 10.1.2.3
                t=0 0
                m=audio 40000 RTP/AVP 8 101
                a=rtpmap:8 PCMA/8000
                a=rtpmap:101 telephone-event/8000
                a=fmtp:101 0-16
                a=ptime:20
                a=sendrecv
                """));
    }

    @Test
    void rfc4568SecureOfferUsesSavpAndCarriesCrypto() {
        String offer = codec.offer(new LocalMedia("10.1.2.3", 40000, "GSM", null, List.of(KEY), "sendonly"),
                1, 2);
        assertThat(offer).isEqualTo(crlf("""
                v=0
                o=cloudua 1 2 IN IP4 192.0.2.10
                s=cloudua
                c=IN IP4 10.1.2.3
                t=0 0
                m=audio 40000 RTP/SAVP 3
                a=rtpmap:3 GSM/8000
                a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32
                a=ptime:20
                a=sendonly
                """));
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of(new LocalMedia("10.1.2.3", 40000, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 40000, "PCMA", 101, List.of(), "recvonly")),
                Arguments.of(new LocalMedia("2001:db8::7", 1, "GSM", 96, List.of(KEY), "inactive")),
                Arguments.of(new LocalMedia("media.example.com", 65535, "PCMU", 127,
                        List.of(KEY, new SdpCrypto(2, "AES_CM_128_HMAC_SHA1_32",
                                "inline:NzB4d1BINUAvLEw6UzF3WSJ+PSdFcGdUJShpX1Zj|2^20|1:32 KDR=1 UNENCRYPTED_SRTCP")),
                        "sendonly")));
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void offerParsesBackToTheSameValues(LocalMedia local) {
        SdpResult parsed = codec.parse(codec.offer(local, 42, 3));
        String pcm = local.codec();
        int pt = AudioCodec.named(pcm).orElseThrow().staticPayloadType();
        assertThat(parsed).isEqualTo(new SdpResult.Parsed(new RemoteMedia(local.address(), local.port(),
                !local.cryptos().isEmpty(), List.of(pcm), Map.of(pcm, pt), local.telephoneEventPayloadType(),
                local.cryptos(), local.direction() == null ? "sendrecv" : local.direction())));
    }

    @Test
    void codecNameIsCaseInsensitive() {
        assertThat(codec.offer(new LocalMedia("10.1.2.3", 4000, "pcmu", null, List.of(), null), 1, 1))
                .contains("a=rtpmap:0 PCMU/8000\r\n");
    }

    static Stream<Arguments> misuse() {
        return Stream.of(
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "G729", null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, null, null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3\r\na=evil", 4000, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia("", 4000, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia(null, 4000, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 65536, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", -1, "PCMU", null, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMU", 128, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMA", 8, List.of(), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMU", null, List.of(), "both")),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMU", null,
                        List.of(new SdpCrypto(1, "AES CM", "inline:x")), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMU", null,
                        List.of(new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_80", "inline:x\r\na=evil")), null)),
                Arguments.of(new LocalMedia("10.1.2.3", 4000, "PCMU", null,
                        List.of(new SdpCrypto(-1, "AES_CM_128_HMAC_SHA1_80", "inline:x")), null)));
    }

    @ParameterizedTest
    @MethodSource("misuse")
    void valuesThatAreNotValidSdpAreRejected(LocalMedia local) {
        assertThatThrownBy(() -> codec.offer(local, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeSessionIdIsRejected() {
        LocalMedia local = new LocalMedia("10.1.2.3", 4000, "PCMU", null, List.of(), null);
        assertThatThrownBy(() -> codec.offer(local, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void originAddressMustBeAnAddress() {
        assertThatThrownBy(() -> new SdpCodec("gw.example.com\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SdpCodec("gw.example.com").offer(new LocalMedia("10.1.2.3", 4000, "PCMU", null,
                List.of(), null), 1, 1)).contains("o=cloudua 1 1 IN IP4 gw.example.com\r\n");
    }
}
