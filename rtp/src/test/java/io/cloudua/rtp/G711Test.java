package io.cloudua.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ITU-T G.711 mu-law and A-law, against the values of the reference tables. */
class G711Test {

    @ParameterizedTest(name = "mu-law encode({0}) = {1}")
    @CsvSource({
        "0, 0xFF", "8, 0xFE", "-8, 0x7E", "32767, 0x80", "-32768, 0x00", "32124, 0x80",
        "-32124, 0x00", "1000, 0xCE", "-1000, 0x4E"
    })
    void ulawEncode(short sample, String code) {
        assertThat(G711.ulawEncode(sample)).isEqualTo((byte) Integer.decode(code).intValue());
    }

    @ParameterizedTest(name = "mu-law decode({0}) = {1}")
    @CsvSource({"0xFF, 0", "0x7F, 0", "0xFE, 8", "0x7E, -8", "0x80, 32124", "0x00, -32124", "0xCE, 988"})
    void ulawDecode(String code, short sample) {
        assertThat(G711.ulawDecode((byte) Integer.decode(code).intValue())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "A-law encode({0}) = {1}")
    @CsvSource({
        "0, 0xD5", "-1, 0x55", "-8, 0x55", "8, 0xD5", "16, 0xD4", "32767, 0xAA", "-32768, 0x2A", "1000, 0xFA",
        "-1000, 0x7A"
    })
    void alawEncode(short sample, String code) {
        assertThat(G711.alawEncode(sample)).isEqualTo((byte) Integer.decode(code).intValue());
    }

    @ParameterizedTest(name = "A-law decode({0}) = {1}")
    @CsvSource({"0xD5, 8", "0x55, -8", "0xAA, 32256", "0x2A, -32256", "0xFA, 1008"})
    void alawDecode(String code, short sample) {
        assertThat(G711.alawDecode((byte) Integer.decode(code).intValue())).isEqualTo(sample);
    }

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            byte b = (byte) code;
            assertThat(G711.alawEncode(G711.alawDecode(b))).as("A-law %02x", code).isEqualTo(b);
            // mu-law has two zeros: 0x7F (-0) decodes to 0, which encodes as 0xFF (+0).
            byte expected = code == 0x7F ? (byte) 0xFF : b;
            assertThat(G711.ulawEncode(G711.ulawDecode(b))).as("mu-law %02x", code).isEqualTo(expected);
        }
    }

    @Test
    void encodingIsMonotonicAndErrorIsBounded() {
        int previousUlaw = Integer.MIN_VALUE;
        int previousAlaw = Integer.MIN_VALUE;
        for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
            short sample = (short) s;
            int ulaw = G711.ulawDecode(G711.ulawEncode(sample));
            int alaw = G711.alawDecode(G711.alawEncode(sample));
            assertThat(ulaw).isGreaterThanOrEqualTo(previousUlaw);
            assertThat(alaw).isGreaterThanOrEqualTo(previousAlaw);
            // The widest quantisation step of either law, in 16-bit scale, is 1024.
            assertThat(Math.abs(ulaw - s)).isLessThanOrEqualTo(1024);
            assertThat(Math.abs(alaw - s)).isLessThanOrEqualTo(1024);
            previousUlaw = ulaw;
            previousAlaw = alaw;
        }
    }

    @Test
    void blocksMatchSamples() {
        short[] tone = new short[160];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
        }
        byte[] ulaw = G711.ulawEncode(tone);
        byte[] alaw = G711.alawEncode(tone);
        short[] ulawBack = G711.ulawDecode(ulaw);
        short[] alawBack = G711.alawDecode(alaw);
        for (int i = 0; i < tone.length; i++) {
            assertThat(ulaw[i]).isEqualTo(G711.ulawEncode(tone[i]));
            assertThat(alaw[i]).isEqualTo(G711.alawEncode(tone[i]));
            assertThat(ulawBack[i]).isEqualTo(G711.ulawDecode(ulaw[i]));
            assertThat(alawBack[i]).isEqualTo(G711.alawDecode(alaw[i]));
        }
    }
}
