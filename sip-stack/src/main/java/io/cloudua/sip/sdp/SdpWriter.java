package io.cloudua.sip.sdp;

import gov.nist.javax.sdp.SessionDescriptionImpl;
import java.util.List;
import java.util.Vector;
import java.util.regex.Pattern;
import javax.sdp.Attribute;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;

/**
 * Writes a one-stream audio SDP (the shape of every offer and answer cloudua sends).
 *
 * <p>Most values come from a device's REST request, so each one is checked against the SDP
 * grammar before it is written: an address or key with a line break or space in it would let a
 * device smuggle its own lines into our SDP. A value that fails is a caller bug (the REST layer
 * validates first) and throws {@link IllegalArgumentException}.
 *
 * <p>The description is built from {@code new SessionDescriptionImpl()} rather than
 * {@code SdpFactory.createSessionDescription()}, because the latter looks up the local host
 * name ({@code InetAddress.getLocalHost()}) for a default o= line we would overwrite anyway.
 */
final class SdpWriter {

    static final String USERNAME = "cloudua";
    static final String PLAIN_PROFILE = "RTP/AVP";
    static final String SECURE_PROFILE = "RTP/SAVP";

    private static final Pattern SUITE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** RFC 4568 key-params and session params: visible characters separated by single spaces. */
    private static final Pattern KEY_PARAMS = Pattern.compile("[\\x21-\\x7E]+( [\\x21-\\x7E]+)*");

    /** The single audio stream: where we receive, how, and what. */
    record AudioLine(String address, int port, boolean secure, AudioCodec codec, int codecPayloadType,
            Integer telephoneEventPayloadType, List<SdpCrypto> cryptos, MediaDirection direction) {}

    private final SdpFactory factory = SdpFactory.getInstance();
    private final String originAddress;

    SdpWriter(String originAddress) {
        this.originAddress = requireAddress(originAddress, "originAddress");
    }

    String write(AudioLine line, long sessionId, long version) {
        requireAddress(line.address(), "address");
        requireRange(line.port(), 0, 65_535, "port");
        requireRange(sessionId, 0, Long.MAX_VALUE, "sessionId");
        requireRange(version, 0, Long.MAX_VALUE, "version");
        requireRange(line.codecPayloadType(), 0, 127, "codec payload type");
        Integer te = line.telephoneEventPayloadType();
        if (te != null) {
            requireRange(te, 0, 127, "telephoneEventPayloadType");
            if (te == line.codecPayloadType()) {
                throw new IllegalArgumentException("telephoneEventPayloadType " + te + " is the codec's payload type");
            }
        }
        line.cryptos().forEach(SdpWriter::requireCrypto);
        try {
            return build(line, sessionId, version);
        } catch (SdpException e) {
            throw new IllegalArgumentException("cannot build SDP: " + e.getMessage(), e);
        }
    }

    private String build(AudioLine line, long sessionId, long version) throws SdpException {
        SessionDescriptionImpl session = new SessionDescriptionImpl();
        session.setVersion(factory.createVersion(0));
        session.setOrigin(factory.createOrigin(USERNAME, sessionId, version, "IN",
                SdpAddress.type(originAddress), originAddress));
        session.setSessionName(factory.createSessionName(USERNAME));
        session.setConnection(factory.createConnection("IN", SdpAddress.type(line.address()), line.address()));
        session.setTimeDescriptions(new Vector<>(List.of(factory.createTimeDescription())));

        Integer te = line.telephoneEventPayloadType();
        String[] formats = te == null
                ? new String[] {String.valueOf(line.codecPayloadType())}
                : new String[] {String.valueOf(line.codecPayloadType()), String.valueOf(te)};
        MediaDescription audio = factory.createMediaDescription("audio", line.port(), 1,
                line.secure() ? SECURE_PROFILE : PLAIN_PROFILE, formats);
        Vector<Attribute> attributes = new Vector<>();
        attributes.add(factory.createAttribute("rtpmap", line.codecPayloadType() + " " + line.codec().rtpmap()));
        if (te != null) {
            attributes.add(factory.createAttribute("rtpmap", te + " " + RtpMap.TELEPHONE_EVENT + "/8000"));
            attributes.add(factory.createAttribute("fmtp", te + " 0-16"));
        }
        if (line.secure()) {
            for (SdpCrypto crypto : line.cryptos()) {
                attributes.add(factory.createAttribute("crypto", crypto.toAttribute()));
            }
        }
        attributes.add(factory.createAttribute("ptime", "20"));
        attributes.add(factory.createAttribute(line.direction().attribute(), null));
        audio.setAttributes(attributes);
        session.setMediaDescriptions(new Vector<>(List.of(audio)));
        return session.toString();
    }

    private static String requireAddress(String address, String field) {
        if (!SdpAddress.isValid(address)) {
            throw new IllegalArgumentException(field + " is not an IP address or host name: " + address);
        }
        return address;
    }

    private static void requireCrypto(SdpCrypto crypto) {
        if (crypto == null) {
            throw new IllegalArgumentException("null crypto");
        }
        requireRange(crypto.tag(), 0, 999_999_999, "crypto tag");
        if (crypto.suite() == null || !SUITE.matcher(crypto.suite()).matches()) {
            throw new IllegalArgumentException("crypto suite is not an RFC 4568 token: " + crypto.suite());
        }
        if (crypto.keyParams() == null || !KEY_PARAMS.matcher(crypto.keyParams()).matches()) {
            throw new IllegalArgumentException("crypto key params must be visible characters separated by single spaces");
        }
    }

    private static void requireRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " out of range " + min + ".." + max + ": " + value);
        }
    }
}
