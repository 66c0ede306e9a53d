package io.cloudua.sip.sdp;

/**
 * The outcome of {@link SdpCodec#parse(String)}: remote SDP is untrusted input, so a bad body is
 * a value the caller answers (488 Not Acceptable Here, or a failed call), never an exception.
 */
public sealed interface SdpResult {

    /** The SDP was understood; {@code media} is its first active audio stream. */
    record Parsed(RemoteMedia media) implements SdpResult {}

    /** The SDP cannot be used; {@code reason} says why, for logs and SIP reason phrases. */
    record Invalid(String reason) implements SdpResult {}
}
