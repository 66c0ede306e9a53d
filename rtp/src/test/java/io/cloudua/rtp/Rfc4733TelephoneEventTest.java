package io.cloudua.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 4733 section 2.3 (payload format) and 3.2 (DTMF event codes). */
class Rfc4733TelephoneEventTest {

    @Test
    void rfc4733EncodesEventEndVolumeDuration() {
        // Digit 9, end of event, -10 dBm0, 1600 timestamp units (200 ms at 8 kHz).
        assertThat(new TelephoneEvent(9, true, 10, 1600).encode())
                .containsExactly(0x09, 0x8A, 0x06, 0x40);
        assertThat(new TelephoneEvent(11, false, 63, 0xFFFF).encode())
                .containsExactly(0x0B, 0x3F, 0xFF, 0xFF);
    }

    @Test
    void rfc4733DecodesWhatItEncodes() {
        TelephoneEvent event = new TelephoneEvent(16, false, 0, 400);
        assertThat(TelephoneEvent.decode(event.encode())).contains(event);
    }

    @Test
    void rfc4733ReservedBitIsIgnoredOnReceipt() {
        assertThat(TelephoneEvent.decode(new byte[] {0x05, (byte) 0xCA, 0x00, (byte) 0xA0}))
                .contains(new TelephoneEvent(5, true, 10, 160));
    }

    @Test
    void decodeAtOffsetAndShortPayloads() {
        assertThat(TelephoneEvent.decode(new byte[] {0, 0, 1, 0, 0, 0}, 2))
                .contains(new TelephoneEvent(1, false, 0, 0));
        assertThat(TelephoneEvent.decode(new byte[3])).isEmpty();
        assertThat(TelephoneEvent.decode(new byte[4], 1)).isEmpty();
        assertThat(TelephoneEvent.decode(null)).isEmpty();
        assertThat(TelephoneEvent.decode(new byte[4], -1)).isEmpty();
    }

    @Test
    void rfc4733DtmfEventCodes() {
        String keys = "0123456789*#ABCD";
        for (int i = 0; i < keys.length(); i++) {
            assertThat(TelephoneEvent.dtmfEvent(keys.charAt(i))).hasValue(i);
            assertThat(new TelephoneEvent(i, false, 10, 0).dtmfKey()).contains(keys.charAt(i));
        }
        assertThat(TelephoneEvent.dtmfEvent('a')).hasValue(12);
        assertThat(TelephoneEvent.dtmfEvent('x')).isEmpty();
        assertThat(new TelephoneEvent(16, false, 10, 0).dtmfKey()).isEmpty();
    }

    @Test
    void fieldsThatDoNotFitAreMisuse() {
        assertThatThrownBy(() -> new TelephoneEvent(256, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelephoneEvent(1, false, 64, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelephoneEvent(1, false, 0, 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelephoneEvent(-1, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
