package io.cloudua.sip;

import io.cloudua.sip.sdp.RemoteMedia;

/**
 * What happens to an established (or establishing) call leg after the initial exchange. Shared by inbound
 * and outbound legs. Called on SIP stack or timer threads; implementations must be fast and must not throw.
 */
public interface LegListener {

    /** The caller acknowledged our 200 OK (inbound legs only): the call is established. */
    default void onConfirmed() { }

    /** The far end refreshed or changed the session with a re-INVITE or UPDATE carrying this media (may be null when no SDP). */
    default void onRemoteUpdate(String method, RemoteMedia media) { }

    /** The leg is over. Called exactly once per leg. */
    void onEnded(LegEnd end);
}
