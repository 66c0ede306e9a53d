package io.cloudua.sip.sdp;

import java.util.Locale;
import java.util.Optional;

/**
 * The audio codecs a cloudua device may use, with their RFC 3551 static payload types.
 *
 * <p>The REST API allows exactly PCMU, PCMA and GSM; all three are 8 kHz mono, which is why a
 * dynamic {@code a=rtpmap} only counts when its clock rate is 8000 and it has one channel.
 */
enum AudioCodec {
    PCMU(0),
    PCMA(8),
    GSM(3);

    /** RFC 3551 section 4.5: audio codecs here are sampled at 8000 Hz. */
    static final int CLOCK_RATE = 8000;

    private final int staticPayloadType;

    AudioCodec(int staticPayloadType) {
        this.staticPayloadType = staticPayloadType;
    }

    int staticPayloadType() {
        return staticPayloadType;
    }

    /** The {@code a=rtpmap} encoding, e.g. {@code PCMA/8000}. */
    String rtpmap() {
        return name() + "/" + CLOCK_RATE;
    }

    /** The codec of an encoding name, case-insensitively (RFC 4566 section 6). */
    static Optional<AudioCodec> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (AudioCodec codec : values()) {
            if (codec.name().equals(upper)) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    /** The codec a static payload type stands for when no {@code a=rtpmap} names it. */
    static Optional<AudioCodec> forStaticPayloadType(int payloadType) {
        for (AudioCodec codec : values()) {
            if (codec.staticPayloadType == payloadType) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }
}
