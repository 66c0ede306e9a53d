package io.cloudua.sip;

/** The client side of an INVITE we sent. */
public interface OutboundLeg {

    String callId();

    /** CANCEL before a final response, BYE after answer. */
    LegAction hangup();
}
