package io.cloudua.sip.sdp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One a=crypto line (RFC 4568): tag, crypto-suite, and everything after the suite (key params
 * plus optional session params), e.g. {@code "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32"}.
 *
 * <p>cloudua never interprets the key material: the device behind the gateway owns the SRTP
 * context, so the key params travel opaque between the SDP and the REST {@code crypto} objects
 * ({@code id} = tag, {@code suite}, {@code config} = keyParams). Keeping the session params
 * (e.g. {@code KDR=1 UNENCRYPTED_SRTCP}) inside keyParams means nothing is lost on the way.
 */
public record SdpCrypto(int tag, String suite, String keyParams) {

    /** RFC 4568 section 9.1: tag = 1*9DIGIT, crypto-suite = 1*(ALPHA / DIGIT / "_"), then key-params. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("(\\d{1,9})[ \\t]+([A-Za-z0-9_]+)[ \\t]+(\\S.*)");

    /**
     * Reads the value of an {@code a=crypto:} attribute (the text after the colon).
     *
     * @return empty when the value does not follow the RFC 4568 grammar; such lines are ignored,
     *     as RFC 4568 section 6.1 says an offerer's unusable crypto lines are.
     */
    public static Optional<SdpCrypto> fromAttribute(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ATTRIBUTE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SdpCrypto(Integer.parseInt(m.group(1)), m.group(2), m.group(3).strip()));
    }

    /** The value of the {@code a=crypto:} attribute for this crypto (no "a=crypto:" prefix). */
    public String toAttribute() {
        return tag + " " + suite + " " + keyParams;
    }
}
