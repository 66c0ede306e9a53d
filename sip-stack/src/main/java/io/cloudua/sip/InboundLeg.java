package io.cloudua.sip;

import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.net.InetSocketAddress;

/**
 * The server side of an inbound INVITE, as seen by the call layer. All actions are safe to call from any
 * thread; each answers whether it was done.
 */
public interface InboundLeg {

    String callId();

    /** The Request-URI as received. */
    String requestUri();

    /** The user part of the Request-URI, or "" when it has none. */
    String requestUser();

    /** The host part of the Request-URI. */
    String requestHost();

    /** The user part of the From URI, or "" when it has none. */
    String fromUser();

    /** The user part of the To URI, or "" when it has none. */
    String toUser();

    /** Where the INVITE came from (the packet's source, not what Via claims). */
    InetSocketAddress source();

    /** "udp", "tcp" or "tls". */
    String transport();

    /** The caller's offer, or null when the INVITE carried no SDP. */
    SdpResult offer();

    /** The Session-Expires the caller asked for in seconds, or null. */
    Integer requestedSessionExpires();

    /** Must be set before any action; receives every later event of the leg. */
    void setListener(LegListener listener);

    /** Sends 180 Ringing. */
    LegAction ringing();

    /** Sends 200 OK with an SDP answer built from local media. */
    LegAction answer(LocalMedia local);

    /** Sends a final non-2xx response. */
    LegAction reject(int status, String reason);

    /** Sends BYE on an answered leg. */
    LegAction hangup();

    /** The Digest credentials of the INVITE's Authorization header, or null when it has none. */
    io.cloudua.sip.auth.DigestCredentials authorization();

    /** Answers 401 with these WWW-Authenticate values (one header each, in order of preference). */
    LegAction challenge(java.util.List<String> wwwAuthenticate);

    /** The session interval agreed in our 200 OK, in seconds, or null when no session timer runs. */
    Integer sessionExpires();
}
