package io.cloudua.sip.sdp;

import java.util.List;

/**
 * What our side (the device behind cloudua) receives on. codec is PCMU|PCMA|GSM. cryptos empty =
 * plain RTP/AVP; non-empty = RTP/SAVP. direction null = sendrecv.
 *
 * <p>It is built from the device's REST request (codec, receiveIp, receivePort,
 * telephoneEventPayloadType, crypto), so {@link SdpCodec} checks every field before it writes
 * one into SDP: a device must not be able to inject lines into the SDP we send.
 */
public record LocalMedia(
        String address,
        int port,
        String codec,
        Integer telephoneEventPayloadType,
        List<SdpCrypto> cryptos,
        String direction) {

    public LocalMedia {
        cryptos = cryptos == null ? List.of() : List.copyOf(cryptos);
    }
}
