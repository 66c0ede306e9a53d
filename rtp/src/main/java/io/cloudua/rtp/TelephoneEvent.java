package io.cloudua.rtp;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The RFC 4733 telephone-event payload (section 2.3): event code, end bit, volume and duration.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * |     event     |E|R| volume    |          duration             |
 * </pre>
 *
 * <p>This is how devices behind cloudua send DTMF (negotiated as telephoneEventPayloadType).
 * The R bit is reserved: written as 0 and ignored on receipt, as section 2.3 asks.
 *
 * @param event 0..255; DTMF 0-9 are 0-9, * is 10, # is 11, A-D are 12-15, flash is 16 (section 3.2)
 * @param end true in the packets that end the event
 * @param volume power level 0..63, in -dBm0 (0 is loudest)
 * @param duration 0..65535, in RTP timestamp units since the event began
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

    /** Bytes in one event block. */
    public static final int LENGTH = 4;

    private static final String DTMF = "0123456789*#ABCD";

    public TelephoneEvent {
        check(event, 0xFF, "event");
        check(volume, 0x3F, "volume");
        check(duration, 0xFFFF, "duration");
    }

    /** The event block at {@code offset}; empty when fewer than 4 bytes are there. */
    public static Optional<TelephoneEvent> decode(byte[] payload, int offset) {
        if (payload == null || offset < 0 || payload.length - offset < LENGTH) {
            return Optional.empty();
        }
        int flags = payload[offset + 1] & 0xFF;
        int duration = (payload[offset + 2] & 0xFF) << 8 | (payload[offset + 3] & 0xFF);
        return Optional.of(new TelephoneEvent(payload[offset] & 0xFF, (flags & 0x80) != 0, flags & 0x3F, duration));
    }

    /** The first event block of an RTP payload. */
    public static Optional<TelephoneEvent> decode(byte[] payload) {
        return decode(payload, 0);
    }

    /** The 4-byte event block, R bit zero. */
    public byte[] encode() {
        return new byte[] {
            (byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >> 8), (byte) duration
        };
    }

    /** The event code of a DTMF key (0-9, *, #, A-D, case-insensitive). */
    public static OptionalInt dtmfEvent(char key) {
        int index = DTMF.indexOf(Character.toUpperCase(key));
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The DTMF key of this event, empty for non-DTMF events such as flash (16). */
    public Optional<Character> dtmfKey() {
        return event < DTMF.length() ? Optional.of(DTMF.charAt(event)) : Optional.empty();
    }

    private static void check(int value, int max, String field) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " out of range 0.." + max + ": " + value);
        }
    }
}
