package io.cloudua.rtp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The RTP header extension of RFC 3550 section 5.3.1: a 16-bit profile-defined value and data
 * whose length is a whole number of 32-bit words (RFC 8285 one- and two-byte headers live in it).
 *
 * <p>cloudua does not interpret extensions; it keeps them so a packet survives parse and
 * serialize byte for byte.
 *
 * @param profile the "defined by profile" field, 0..65535 (0xBEDE for RFC 8285 one-byte headers)
 * @param data the extension body, a multiple of 4 bytes, at most 65535 words
 */
public record RtpHeaderExtension(int profile, byte[] data) {

    public RtpHeaderExtension {
        if (profile < 0 || profile > 0xFFFF) {
            throw new IllegalArgumentException("extension profile out of range 0..65535: " + profile);
        }
        if (data == null || data.length % 4 != 0 || data.length / 4 > 0xFFFF) {
            throw new IllegalArgumentException("extension data must be 0..65535 32-bit words");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Bytes on the wire: the 4-byte extension header plus the data. */
    int wireLength() {
        return 4 + data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpHeaderExtension other && profile == other.profile && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * profile + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RtpHeaderExtension[profile=0x" + Integer.toHexString(profile) + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
