package io.cloudua.sip.sdp;

import java.util.Objects;

/**
 * The SDP offer/answer of one cloudua node: reads remote SDP and writes the SDP that points the
 * remote side at the device's own media address.
 *
 * <p>cloudua never touches the media: the device keeps its RTP (or SRTP) stack and tells us,
 * through the REST API, where it receives and how. So SDP here is a pure translation between
 * text and a few values, with no sockets, threads or logging, and safe to share across threads.
 * Remote SDP is untrusted: {@link #parse} returns {@link SdpResult.Invalid} rather than throwing.
 * Our own values are checked too, and a bad one (a caller bug) throws
 * {@link IllegalArgumentException}.
 */
public final class SdpCodec {

    private final SdpReader reader = new SdpReader();
    private final SdpWriter writer;

    /**
     * @param originAddress address for the o= line (the gateway's advertised host or IP)
     * @throws IllegalArgumentException if it is not an IP address or host name
     */
    public SdpCodec(String originAddress) {
        this.writer = new SdpWriter(originAddress);
    }

    /** The first active audio stream of {@code sdp}, or why there is none. Never throws. */
    public SdpResult parse(String sdp) {
        return reader.read(sdp);
    }

    /**
     * An SDP offer for receiving {@code local.codec()} at its static payload type, plus
     * telephone-event when {@code local.telephoneEventPayloadType()} is set; RTP/SAVP with the
     * local a=crypto lines when there are any.
     *
     * @throws IllegalArgumentException for an unknown codec or direction, or a value that is not
     *     valid in SDP (address, port, payload type, crypto)
     */
    public String offer(LocalMedia local, long sessionId, long version) {
        Objects.requireNonNull(local, "local");
        AudioCodec codec = codec(local.codec());
        MediaDirection direction = local.direction() == null
                ? MediaDirection.SENDRECV
                : direction(local.direction());
        return writer.write(new SdpWriter.AudioLine(local.address(), local.port(), !local.cryptos().isEmpty(),
                codec, codec.staticPayloadType(), local.telephoneEventPayloadType(), local.cryptos(),
                direction), sessionId, version);
    }

    /**
     * An RFC 3264 answer to {@code offer}: the offer's profile (RTP/SAVP when it was secure, else
     * RTP/AVP, whose a=crypto lines are then left out), {@code local.codec()} at the payload type
     * the offer gave it (section 6.1; the static one if the offer did not list it),
     * telephone-event only when both sides want it and at the offer's payload type, and the
     * complement of the offer's direction unless {@code local.direction()} is set.
     *
     * @throws IllegalArgumentException as {@link #offer}, and for a secure offer when
     *     {@code local.cryptos()} is empty (an RTP/SAVP answer needs a key: reject with 488 instead)
     */
    public String answer(LocalMedia local, RemoteMedia offer, long sessionId, long version) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offer, "offer");
        AudioCodec codec = codec(local.codec());
        if (offer.secure() && local.cryptos().isEmpty()) {
            throw new IllegalArgumentException("the offer is RTP/SAVP but no local crypto was given");
        }
        int codecPayloadType = offer.payloadTypes().getOrDefault(codec.name(), codec.staticPayloadType());
        Integer telephoneEvent = offer.telephoneEventPayloadType() != null && local.telephoneEventPayloadType() != null
                ? offer.telephoneEventPayloadType()
                : null;
        MediaDirection direction = local.direction() != null
                ? direction(local.direction())
                : MediaDirection.fromAttribute(offer.direction()).orElse(MediaDirection.SENDRECV).complement();
        return writer.write(new SdpWriter.AudioLine(local.address(), local.port(), offer.secure(), codec,
                codecPayloadType, telephoneEvent, local.cryptos(), direction), sessionId, version);
    }

    private static AudioCodec codec(String name) {
        return AudioCodec.named(name)
                .orElseThrow(() -> new IllegalArgumentException("unsupported codec (PCMU, PCMA or GSM): " + name));
    }

    private static MediaDirection direction(String name) {
        return MediaDirection.fromAttribute(name)
                .orElseThrow(() -> new IllegalArgumentException("not an SDP direction: " + name));
    }
}
