package io.cloudua.sip;

import io.cloudua.sip.sdp.RemoteMedia;

/** Events of an outbound INVITE. Called on SIP stack threads; must be fast and never throw. */
public interface OutboundListener extends LegListener {

    /** A provisional response (180, 183, ...); media is the early SDP or null. */
    void onProgress(int status, String reason, RemoteMedia media);

    /** A 2xx arrived and was acknowledged. */
    void onAnswered(Answer answer);

    /**
     * @param media          the far end's answer (null when its SDP was missing or unusable)
     * @param sessionExpires the session interval in seconds when the far end uses session timers, else null
     * @param remoteUser     the user part of the To URI
     */
    record Answer(RemoteMedia media, Integer sessionExpires, String remoteUser) { }
}
