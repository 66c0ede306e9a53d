package io.cloudua.sip.sdp;

import static io.cloudua.sip.sdp.SdpCodecParseTest.audio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4568 (SDES) a=crypto attributes: tag, suite, and opaque key and session params. */
class Rfc4568CryptoTest {

    private final SdpCodec codec = new SdpCodec("192.0.2.10");

    @Test
    void rfc4568KeyParamsWithLifetimeAndMki() {
        assertThat(SdpCrypto.fromAttribute(
                "1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32"))
                .contains(new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_80",
                        "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32"));
    }

    @Test
    void rfc4568SessionParamsStayInKeyParams() {
        assertThat(SdpCrypto.fromAttribute("1 AES_CM_128_HMAC_SHA1_80 "
                + "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4 FEC_ORDER=FEC_SRTP"))
                .contains(new SdpCrypto(1, "AES_CM_128_HMAC_SHA1_80",
                        "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4 FEC_ORDER=FEC_SRTP"));
        assertThat(SdpCrypto.fromAttribute("42 AES_CM_128_HMAC_SHA1_32  inline:NzB4d1BINUAvLEw6UzF3WSJ+PSdFcGdUJShpX1Zj"
                + " KDR=1 UNENCRYPTED_SRTCP UNENCRYPTED_SRTP"))
                .hasValueSatisfying(c -> {
                    assertThat(c.tag()).isEqualTo(42);
                    assertThat(c.keyParams()).endsWith("KDR=1 UNENCRYPTED_SRTCP UNENCRYPTED_SRTP");
                });
    }

    @Test
    void rfc4568SeveralKeysInOneAttributeAreKeptWhole() {
        String keys = "inline:MTIzNDU2Nzg5QUJDREUwMTIzNDU2Nzg5QUJjZGVm|2^20|1:4;"
                + "inline:QUJjZGVmMTIzNDU2Nzg5QUJDREUwMTIzNDU2Nzg5|2^20|2:4";
        assertThat(SdpCrypto.fromAttribute("3 AES_CM_128_HMAC_SHA1_80 " + keys).orElseThrow().keyParams())
                .isEqualTo(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1 AES_CM_128_HMAC_SHA1_80", "x AES_CM_128_HMAC_SHA1_80 inline:a",
            "1234567890 AES_CM_128_HMAC_SHA1_80 inline:a", "1 AES-CM inline:a"})
    void rfc4568MalformedCryptoIsIgnored(String value) {
        assertThat(SdpCrypto.fromAttribute(value)).isEmpty();
    }

    @Test
    void attributeRoundTrip() {
        SdpCrypto crypto = new SdpCrypto(7, "AEAD_AES_256_GCM", "inline:YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODkwMTI=|2^48");
        assertThat(SdpCrypto.fromAttribute(crypto.toAttribute())).contains(crypto);
    }

    @Test
    void rfc4568OfferKeepsOrderAndSkipsBadLines() {
        RemoteMedia media = ((SdpResult.Parsed) codec.parse(audio("""
                m=audio 49170 RTP/SAVP 0
                a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:NzB4d1BINUAvLEw6UzF3WSJ+PSdFcGdUJShpX1Zj|2^20|1:32
                a=crypto
                a=crypto:x broken
                a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4 FEC_ORDER=FEC_SRTP
                """))).media();
        assertThat(media.secure()).isTrue();
        assertThat(media.cryptos()).extracting(SdpCrypto::tag).containsExactly(2, 1);
        assertThat(media.cryptos().get(1).keyParams()).endsWith("|1:4 FEC_ORDER=FEC_SRTP");
    }

    @Test
    void cryptoOnPlainProfileIsReportedButNotSecure() {
        RemoteMedia media = ((SdpResult.Parsed) codec.parse(audio(
                "m=audio 4000 RTP/AVP 0\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\n")))
                .media();
        assertThat(media.secure()).isFalse();
        assertThat(media.cryptos()).hasSize(1);
    }

    @Test
    void cryptosAreCopied() {
        List<SdpCrypto> list = new java.util.ArrayList<>(List.of(new SdpCrypto(1, "S", "inline:k")));
        LocalMedia local = new LocalMedia("10.0.0.1", 4000, "PCMU", null, list, null);
        list.clear();
        assertThat(local.cryptos()).hasSize(1);
    }
}
