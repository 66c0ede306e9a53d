package io.cloudua.sip.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first active audio stream of a remote SDP. codecs: the names we support (PCMU, PCMA, GSM)
 * in the order the remote listed them; payloadTypes maps those names to the PT used.
 *
 * <p>This is everything the device behind cloudua needs to send media to the remote side
 * (remoteRtpIp/Port, codec, telephoneEventPayloadType, crypto) and everything an RFC 3264
 * answer must mirror. Codecs we cannot carry are left out, so an empty {@link #codecs()} means
 * "no common codec" (488 Not Acceptable Here), not a parse error.
 *
 * @param address connection address (media-level c= over session-level c=), IPv4 or IPv6 text
 * @param port RTP port, 1..65535
 * @param secure true for an SRTP profile (RTP/SAVP, RTP/SAVPF)
 * @param direction sendrecv, sendonly, recvonly or inactive; null becomes sendrecv
 */
public record RemoteMedia(
        String address,
        int port,
        boolean secure,
        List<String> codecs,
        Map<String, Integer> payloadTypes,
        Integer telephoneEventPayloadType,
        List<SdpCrypto> cryptos,
        String direction) {

    public RemoteMedia {
        codecs = codecs == null ? List.of() : List.copyOf(codecs);
        payloadTypes = payloadTypes == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(payloadTypes));
        cryptos = cryptos == null ? List.of() : List.copyOf(cryptos);
        direction = direction == null ? MediaDirection.SENDRECV.attribute() : direction;
    }

    /** The remote side's most preferred codec among those cloudua supports. */
    public Optional<String> firstSupportedCodec() {
        return codecs.stream().findFirst();
    }
}
