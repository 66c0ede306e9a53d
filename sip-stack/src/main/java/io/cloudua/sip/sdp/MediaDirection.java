package io.cloudua.sip.sdp;

import java.util.Locale;
import java.util.Optional;

/**
 * The RFC 3264 direction attributes and the rule that turns an offer's direction into the
 * answer's (section 6.1): what the offerer only sends, the answerer only receives.
 */
enum MediaDirection {
    SENDRECV,
    SENDONLY,
    RECVONLY,
    INACTIVE;

    /** The attribute name as written in SDP, e.g. {@code sendonly}. */
    String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction an answerer takes by default when the offer has this one. */
    MediaDirection complement() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            case SENDRECV, INACTIVE -> this;
        };
    }

    /** The direction named by an attribute, case-insensitively; empty for any other attribute. */
    static Optional<MediaDirection> fromAttribute(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (MediaDirection direction : values()) {
            if (direction.attribute().equals(lower)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
