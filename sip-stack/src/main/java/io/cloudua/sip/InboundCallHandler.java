package io.cloudua.sip;

/**
 * Receives each new inbound INVITE. Called on a SIP stack thread: it must not block. The leg has already
 * answered 100 Trying; the handler must eventually ring, answer or reject it.
 */
@FunctionalInterface
public interface InboundCallHandler {
    void onInvite(InboundLeg leg);
}
