package io.cloudua.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3550 section 5.1 (fixed header) and 5.3.1 (header extension). */
class Rfc3550RtpPacketTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] hex(String text) {
        return HEX.parseHex(text.replace(" ", ""));
    }

    @Test
    void rfc3550FixedHeader() {
        RtpPacket packet = RtpPacket.parse(hex("80 00 1234 000000a0 deadbeef ff ff ff ff")).orElseThrow();
        assertThat(packet.version()).isEqualTo(2);
        assertThat(packet.padding()).isFalse();
        assertThat(packet.hasExtension()).isFalse();
        assertThat(packet.csrcCount()).isZero();
        assertThat(packet.marker()).isFalse();
        assertThat(packet.payloadType()).isZero();
        assertThat(packet.sequenceNumber()).isEqualTo(0x1234);
        assertThat(packet.timestamp()).isEqualTo(160);
        assertThat(packet.ssrc()).isEqualTo(0xDEADBEEFL);
        assertThat(packet.payload()).isEqualTo(hex("ffffffff"));
    }

    @Test
    void rfc3550MarkerAndDynamicPayloadTypeAndUnsignedFields() {
        RtpPacket packet = RtpPacket.parse(hex("80 e5 ffff ffffffff ffffffff 0a")).orElseThrow();
        assertThat(packet.marker()).isTrue();
        assertThat(packet.payloadType()).isEqualTo(101);
        assertThat(packet.sequenceNumber()).isEqualTo(0xFFFF);
        assertThat(packet.timestamp()).isEqualTo(0xFFFF_FFFFL);
        assertThat(packet.ssrc()).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void rfc3550CsrcList() {
        RtpPacket packet = RtpPacket.parse(hex("82 08 0001 00000000 00000001 00000002 80000003 d5d5")).orElseThrow();
        assertThat(packet.csrcCount()).isEqualTo(2);
        assertThat(packet.csrcs()).containsExactly(2L, 0x8000_0003L);
        assertThat(packet.payload()).isEqualTo(hex("d5d5"));
    }

    @Test
    void rfc3550HeaderExtension() {
        RtpPacket packet = RtpPacket.parse(hex("90 00 0001 00000000 00000001 bede 0001 10ff0000 aa")).orElseThrow();
        assertThat(packet.extension()).isEqualTo(new RtpHeaderExtension(0xBEDE, hex("10ff0000")));
        assertThat(packet.payload()).isEqualTo(hex("aa"));
    }

    @Test
    void rfc3550PaddingIsCountedByItsLastOctet() {
        RtpPacket packet = RtpPacket.parse(hex("a0 00 0001 00000000 00000001 aabb 000003")).orElseThrow();
        assertThat(packet.padding()).isTrue();
        assertThat(packet.paddingLength()).isEqualTo(3);
        assertThat(packet.payload()).isEqualTo(hex("aabb"));
    }

    @Test
    void everyFieldRoundTrips() {
        RtpPacket packet = new RtpPacket(true, 127, 65535, 0xFFFF_FFFFL, 0x1234_5678L, List.of(1L, 0xFFFF_FFFFL),
                new RtpHeaderExtension(0x1000, hex("0102030405060708")), hex("00112233"), 4);
        byte[] wire = packet.toBytes();
        assertThat(wire).hasSize(12 + 8 + 12 + 4 + 4);
        assertThat(wire[0]).isEqualTo((byte) 0xB2);
        assertThat(RtpPacket.parse(wire)).contains(packet);
    }

    @Test
    void parseAtAnOffset() {
        byte[] wire = RtpPacket.of(8, 7, 320, 99, hex("d5")).toBytes();
        byte[] framed = new byte[wire.length + 5];
        System.arraycopy(wire, 0, framed, 3, wire.length);
        assertThat(RtpPacket.parse(framed, 3, wire.length)).contains(RtpPacket.of(8, 7, 320, 99, hex("d5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                          // empty
        "80 00 0001 00000000 000000",                // shorter than the fixed header
        "40 00 0001 00000000 00000001",              // version 1
        "00 00 0001 00000000 00000001",              // version 0
        "c0 00 0001 00000000 00000001",              // version 3
        "81 00 0001 00000000 00000001",              // CC=1 without the CSRC
        "90 00 0001 00000000 00000001 bede",         // extension header cut short
        "90 00 0001 00000000 00000001 bede 0002 00000000", // extension longer than the packet
        "a0 00 0001 00000000 00000001 aa 00",        // padding count 0
        "a0 00 0001 00000000 00000001 aa 03",        // padding longer than what follows the header
    })
    void rfc3550MalformedPacketsAreRejected(String text) {
        assertThat(RtpPacket.parse(hex(text))).isEmpty();
    }

    @Test
    void badBoundsAreRejected() {
        byte[] wire = RtpPacket.of(0, 1, 2, 3, new byte[4]).toBytes();
        assertThat(RtpPacket.parse(null)).isEmpty();
        assertThat(RtpPacket.parse(wire, -1, wire.length)).isEmpty();
        assertThat(RtpPacket.parse(wire, 1, wire.length)).isEmpty();
    }

    @Test
    void fieldsThatDoNotFitTheHeaderAreMisuse() {
        assertThatThrownBy(() -> RtpPacket.of(128, 0, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtpPacket.of(0, 65536, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtpPacket.of(0, 0, 1L << 32, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtpPacket.of(0, 0, 0, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RtpPacket(false, 0, 0, 0, 0, java.util.Collections.nCopies(16, 1L), null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RtpHeaderExtension(0, new byte[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RtpPacket(false, 0, 0, 0, 0, null, null, null, 256))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadIsCopied() {
        byte[] payload = {1, 2};
        RtpPacket packet = RtpPacket.of(0, 0, 0, 0, payload);
        payload[0] = 9;
        packet.payload()[1] = 9;
        assertThat(packet.payload()).containsExactly(1, 2);
    }
}
