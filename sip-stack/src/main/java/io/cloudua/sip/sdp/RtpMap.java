package io.cloudua.sip.sdp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code a=rtpmap:<pt> <encoding>/<clock>[/<channels>]} attribute (RFC 4566 section 6).
 *
 * <p>Codecs are named by rtpmap rather than by payload type number: a phone may carry PCMA at a
 * dynamic PT, or (wrongly but really) remap a static one, and the rtpmap is what it means.
 */
record RtpMap(int payloadType, String encoding, int clockRate, int channels) {

    static final String TELEPHONE_EVENT = "telephone-event";

    private static final Pattern VALUE =
            Pattern.compile("(\\d{1,3})\\s+([^\\s/]+)/(\\d{1,9})(?:/(\\d{1,3}))?\\s*");

    /** Reads the value after {@code a=rtpmap:}; empty when it does not follow the grammar. */
    static Optional<RtpMap> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int payloadType = Integer.parseInt(m.group(1));
        if (payloadType > 127) {
            return Optional.empty();
        }
        int channels = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        return Optional.of(new RtpMap(payloadType, m.group(2), Integer.parseInt(m.group(3)), channels));
    }

    /** The supported codec this rtpmap describes: a known name, 8000 Hz, mono. */
    Optional<AudioCodec> codec() {
        if (clockRate != AudioCodec.CLOCK_RATE || channels != 1) {
            return Optional.empty();
        }
        return AudioCodec.named(encoding);
    }

    /** RFC 4733 section 7.1.1: telephone-event at 8000 Hz is the one that pairs with our codecs. */
    boolean isTelephoneEvent() {
        return clockRate == AudioCodec.CLOCK_RATE
                && encoding.toLowerCase(Locale.ROOT).equals(TELEPHONE_EVENT);
    }
}
