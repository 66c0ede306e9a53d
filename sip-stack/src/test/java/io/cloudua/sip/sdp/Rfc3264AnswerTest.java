package io.cloudua.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3264 section 6.1: how cloudua answers an offer on behalf of its device. */
class Rfc3264AnswerTest {

    private static final SdpCrypto KEY = new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_80",
            "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32");

    private final SdpCodec codec = new SdpCodec("192.0.2.10");

    private static RemoteMedia offer(boolean secure, Map<String, Integer> payloadTypes, Integer te, String direction) {
        return new RemoteMedia("198.51.100.7", 20000, secure, List.copyOf(payloadTypes.keySet()), payloadTypes, te,
                secure ? List.of(KEY) : List.of(), direction);
    }

    private static LocalMedia local(String codec, Integer te, List<SdpCrypto> cryptos, String direction) {
        return new LocalMedia("10.1.2.3", 40000, codec, te, cryptos, direction);
    }

    private RemoteMedia parse(String sdp) {
        return ((SdpResult.Parsed) codec.parse(sdp)).media();
    }

    @Test
    void rfc3264AnswerUsesThePayloadTypeTheOfferGaveTheCodec() {
        Map<String, Integer> pts = new LinkedHashMap<>();
        pts.put("PCMU", 0);
        pts.put("PCMA", 96);
        String answer = codec.answer(local("PCMA", null, List.of(), null), offer(false, pts, null, "sendrecv"), 9, 1);
        assertThat(answer).contains("m=audio 40000 RTP/AVP 96\r\n", "a=rtpmap:96 PCMA/8000\r\n",
                "c=IN IP4 10.1.2.3\r\n", "o=cloudua 9 1 IN IP4 192.0.2.10\r\n");
        assertThat(parse(answer).payloadTypes()).isEqualTo(Map.of("PCMA", 96));
    }

    @Test
    void rfc3264CodecTheOfferDidNotListGetsItsStaticPayloadType() {
        String answer = codec.answer(local("GSM", null, List.of(), null),
                offer(false, Map.of("PCMU", 0), null, "sendrecv"), 1, 1);
        assertThat(answer).contains("m=audio 40000 RTP/AVP 3\r\n", "a=rtpmap:3 GSM/8000\r\n");
    }

    @Test
    void rfc3264AnswerToSecureOfferIsSavpWithLocalCrypto() {
        SdpCrypto ours = new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_32", "inline:NzB4d1BINUAvLEw6UzF3WSJ+PSdFcGdUJShpX1Zj|2^20|1:32");
        RemoteMedia answer = parse(codec.answer(local("PCMU", null, List.of(ours), null),
                offer(true, Map.of("PCMU", 0), null, "sendrecv"), 1, 1));
        assertThat(answer.secure()).isTrue();
        assertThat(answer.cryptos()).containsExactly(ours);
    }

    @Test
    void rfc3264AnswerToPlainOfferIsAvpWithoutCrypto() {
        String answer = codec.answer(local("PCMU", null, List.of(KEY), null),
                offer(false, Map.of("PCMU", 0), null, "sendrecv"), 1, 1);
        assertThat(answer).contains("m=audio 40000 RTP/AVP 0\r\n").doesNotContain("a=crypto");
    }

    @Test
    void rfc4568SecureOfferNeedsALocalKey() {
        assertThatThrownBy(() -> codec.answer(local("PCMU", null, List.of(), null),
                offer(true, Map.of("PCMU", 0), null, "sendrecv"), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "offer {0} -> answer {1}")
    @CsvSource({"sendrecv, sendrecv", "sendonly, recvonly", "recvonly, sendonly", "inactive, inactive"})
    void rfc3264AnswerDirectionIsTheComplementOfTheOffers(String offered, String answered) {
        String answer = codec.answer(local("PCMU", null, List.of(), null),
                offer(false, Map.of("PCMU", 0), null, offered), 1, 1);
        assertThat(parse(answer).direction()).isEqualTo(answered);
        assertThat(answer).endsWith("a=" + answered + "\r\n");
    }

    @Test
    void rfc3264LocalDirectionOverridesTheComplement() {
        String answer = codec.answer(local("PCMU", null, List.of(), "inactive"),
                offer(false, Map.of("PCMU", 0), null, "sendrecv"), 1, 1);
        assertThat(parse(answer).direction()).isEqualTo("inactive");
    }

    @Test
    void rfc4733TelephoneEventUsesTheOffersPayloadType() {
        String answer = codec.answer(local("PCMU", 96, List.of(), null),
                offer(false, Map.of("PCMU", 0), 101, "sendrecv"), 1, 1);
        assertThat(answer).contains("m=audio 40000 RTP/AVP 0 101\r\n", "a=rtpmap:101 telephone-event/8000\r\n",
                "a=fmtp:101 0-16\r\n");
        assertThat(parse(answer).telephoneEventPayloadType()).isEqualTo(101);
    }

    @Test
    void rfc4733TelephoneEventOnlyWhenOffered() {
        String answer = codec.answer(local("PCMU", 101, List.of(), null),
                offer(false, Map.of("PCMU", 0), null, "sendrecv"), 1, 1);
        assertThat(answer).contains("m=audio 40000 RTP/AVP 0\r\n").doesNotContain("telephone-event");
    }

    @Test
    void rfc4733TelephoneEventOnlyWhenTheDeviceWantsIt() {
        String answer = codec.answer(local("PCMU", null, List.of(), null),
                offer(false, Map.of("PCMU", 0), 101, "sendrecv"), 1, 1);
        assertThat(answer).doesNotContain("telephone-event");
    }

    @Test
    void rfc3264AnswerToAParsedPhoneOffer() {
        RemoteMedia phone = parse(SdpSamples.SOFTPHONE_SRTP);
        RemoteMedia answer = parse(codec.answer(local("GSM", 101, List.of(KEY), null), phone, 5, 1));
        assertThat(answer).isEqualTo(new RemoteMedia("10.1.2.3", 40000, true, List.of("GSM"), Map.of("GSM", 3),
                101, List.of(KEY), "sendrecv"));
    }
}
