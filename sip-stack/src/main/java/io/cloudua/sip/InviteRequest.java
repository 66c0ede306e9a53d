package io.cloudua.sip;

import io.cloudua.sip.sdp.LocalMedia;
import java.util.Objects;

/**
 * What to send in an outbound INVITE.
 *
 * @param fromUser   the user part of From (the calling party number)
 * @param fromHost   the host part of From, e.g. the domain the call is made for
 * @param toUri      the Request-URI and To, a sip: or sips: URI
 * @param offer      the device's media, sent as the SDP offer
 */
public record InviteRequest(String fromUser, String fromHost, String toUri, LocalMedia offer) {
    public InviteRequest {
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(toUri, "toUri");
        Objects.requireNonNull(offer, "offer");
    }
}
