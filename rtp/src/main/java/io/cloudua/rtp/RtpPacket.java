package io.cloudua.rtp;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RTP packet (RFC 3550 section 5.1): fixed header, CSRC list, optional header extension,
 * payload and padding.
 *
 * <p>Datagrams come from the network, so {@link #parse} returns empty for anything that is not a
 * well-formed version 2 packet instead of throwing; the constructor, used by our own code,
 * throws for values that do not fit their header fields. The version is always 2 and the P, X
 * and CC header bits follow from {@code paddingLength}, {@code extension} and {@code csrcs}.
 *
 * @param timestamp unsigned 32-bit, held in a long
 * @param ssrc unsigned 32-bit, held in a long
 * @param csrcs up to 15 unsigned 32-bit contributing sources
 * @param extension the header extension, or null when X = 0
 * @param paddingLength 0 for no padding (P = 0), else 1..255 octets including the count octet
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
        List<Long> csrcs, RtpHeaderExtension extension, byte[] payload, int paddingLength) {

    /** RFC 3550: the only version there is. */
    public static final int VERSION = 2;
    /** The fixed header, before CSRCs. */
    public static final int FIXED_HEADER_LENGTH = 12;

    public RtpPacket {
        check(payloadType, 0x7F, "payload type");
        check(sequenceNumber, 0xFFFF, "sequence number");
        check(timestamp, 0xFFFF_FFFFL, "timestamp");
        check(ssrc, 0xFFFF_FFFFL, "SSRC");
        check(paddingLength, 0xFF, "padding length");
        csrcs = csrcs == null ? List.of() : List.copyOf(csrcs);
        if (csrcs.size() > 15) {
            throw new IllegalArgumentException("at most 15 CSRCs, got " + csrcs.size());
        }
        csrcs.forEach(csrc -> check(csrc, 0xFFFF_FFFFL, "CSRC"));
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** A plain packet: no marker, CSRCs, extension or padding. */
    public static RtpPacket of(int payloadType, int sequenceNumber, long timestamp, long ssrc, byte[] payload) {
        return new RtpPacket(false, payloadType, sequenceNumber, timestamp, ssrc, List.of(), null, payload, 0);
    }

    public int version() {
        return VERSION;
    }

    public boolean padding() {
        return paddingLength > 0;
    }

    public boolean hasExtension() {
        return extension != null;
    }

    public int csrcCount() {
        return csrcs.size();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Reads one datagram; empty when it is not a well-formed RTP version 2 packet. */
    public static Optional<RtpPacket> parse(byte[] datagram) {
        return datagram == null ? Optional.empty() : parse(datagram, 0, datagram.length);
    }

    /** Reads {@code length} bytes of {@code data} from {@code offset}; empty when malformed. */
    public static Optional<RtpPacket> parse(byte[] data, int offset, int length) {
        if (data == null || offset < 0 || length < FIXED_HEADER_LENGTH || length > data.length - offset) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(data, offset, length);
        int first = in.get() & 0xFF;
        int second = in.get() & 0xFF;
        if (first >>> 6 != VERSION) {
            return Optional.empty();
        }
        int csrcCount = first & 0x0F;
        int sequenceNumber = in.getShort() & 0xFFFF;
        long timestamp = in.getInt() & 0xFFFF_FFFFL;
        long ssrc = in.getInt() & 0xFFFF_FFFFL;
        if (in.remaining() < 4 * csrcCount) {
            return Optional.empty();
        }
        Long[] csrcs = new Long[csrcCount];
        for (int i = 0; i < csrcCount; i++) {
            csrcs[i] = in.getInt() & 0xFFFF_FFFFL;
        }
        RtpHeaderExtension extension = null;
        if ((first & 0x10) != 0) {
            if (in.remaining() < 4) {
                return Optional.empty();
            }
            int profile = in.getShort() & 0xFFFF;
            int words = in.getShort() & 0xFFFF;
            if (in.remaining() < 4 * words) {
                return Optional.empty();
            }
            byte[] extensionData = new byte[4 * words];
            in.get(extensionData);
            extension = new RtpHeaderExtension(profile, extensionData);
        }
        int paddingLength = 0;
        if ((first & 0x20) != 0) {
            // RFC 3550 5.1: the last octet counts the padding, itself included.
            paddingLength = data[offset + length - 1] & 0xFF;
            if (paddingLength == 0 || paddingLength > in.remaining()) {
                return Optional.empty();
            }
        }
        byte[] payload = new byte[in.remaining() - paddingLength];
        in.get(payload);
        return Optional.of(new RtpPacket((second & 0x80) != 0, second & 0x7F, sequenceNumber, timestamp, ssrc,
                List.of(csrcs), extension, payload, paddingLength));
    }

    /** The packet as it goes on the wire; padding octets are zero except the final count. */
    public byte[] toBytes() {
        int extensionLength = extension == null ? 0 : extension.wireLength();
        ByteBuffer out = ByteBuffer.allocate(FIXED_HEADER_LENGTH + 4 * csrcs.size() + extensionLength
                + payload.length + paddingLength);
        out.put((byte) (VERSION << 6 | (padding() ? 0x20 : 0) | (hasExtension() ? 0x10 : 0) | csrcs.size()));
        out.put((byte) ((marker ? 0x80 : 0) | payloadType));
        out.putShort((short) sequenceNumber);
        out.putInt((int) timestamp);
        out.putInt((int) ssrc);
        csrcs.forEach(csrc -> out.putInt(csrc.intValue()));
        if (extension != null) {
            out.putShort((short) extension.profile());
            out.putShort((short) (extension.wireLength() / 4 - 1));
            out.put(extension.data());
        }
        out.put(payload);
        if (paddingLength > 0) {
            out.position(out.capacity() - 1);
            out.put((byte) paddingLength);
        }
        return out.array();
    }

    private static void check(long value, long max, String field) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " out of range 0.." + max + ": " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpPacket p && marker == p.marker && payloadType == p.payloadType
                && sequenceNumber == p.sequenceNumber && timestamp == p.timestamp && ssrc == p.ssrc
                && csrcs.equals(p.csrcs) && Objects.equals(extension, p.extension)
                && Arrays.equals(payload, p.payload) && paddingLength == p.paddingLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, extension,
                Arrays.hashCode(payload), paddingLength);
    }

    @Override
    public String toString() {
        return "RtpPacket[m=" + marker + ", pt=" + payloadType + ", seq=" + sequenceNumber + ", ts=" + timestamp
                + ", ssrc=" + ssrc + ", csrcs=" + csrcs + ", ext=" + extension + ", payload=" + payload.length
                + " bytes, padding=" + paddingLength + "]";
    }
}
