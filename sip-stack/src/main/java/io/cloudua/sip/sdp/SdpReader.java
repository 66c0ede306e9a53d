package io.cloudua.sip.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Vector;
import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;

/**
 * Turns remote SDP text into the {@link RemoteMedia} of its first active audio stream.
 *
 * <p>JAIN-SIP's parser is lenient: it skips lines it does not know, accepts text without any
 * {@code v=} line as an empty description, and takes any port number. So the checks that make
 * the result trustworthy (version, port range, address syntax) are done here, and every
 * exception the library throws on malformed input becomes an {@link SdpResult.Invalid}.
 */
final class SdpReader {

    /** Larger than any SDP a SIP message over UDP can carry; bounds the parser's work. */
    static final int MAX_LENGTH = 65_535;

    private final SdpFactory factory = SdpFactory.getInstance();

    SdpResult read(String sdp) {
        if (sdp == null || sdp.isBlank()) {
            return invalid("empty SDP");
        }
        if (sdp.length() > MAX_LENGTH) {
            return invalid("SDP longer than " + MAX_LENGTH + " characters");
        }
        if (!sdp.stripLeading().startsWith("v=")) {
            return invalid("not SDP: does not start with v=");
        }
        try {
            return read(factory.createSessionDescription(sdp));
        } catch (SdpException | RuntimeException e) {
            return invalid("malformed SDP: " + e.getMessage());
        }
    }

    private SdpResult read(SessionDescription session) throws SdpException {
        if (session.getVersion() == null) {
            return invalid("not SDP: no v= line");  // defensive: JAIN-SIP skips lines it cannot read
        }
        if (session.getVersion().getVersion() != 0) {
            return invalid("unsupported SDP version " + session.getVersion().getVersion());
        }
        Vector<?> streams = session.getMediaDescriptions(false);
        boolean sawAudio = false;
        if (streams != null) {
            for (Object o : streams) {
                MediaDescription stream = (MediaDescription) o;
                if ("audio".equalsIgnoreCase(stream.getMedia().getMediaType())) {
                    sawAudio = true;
                    if (stream.getMedia().getMediaPort() != 0) {
                        return readAudio(session, stream);
                    }
                }
            }
        }
        return invalid(sawAudio ? "no active audio stream: every m=audio has port 0" : "no audio stream");
    }

    private SdpResult readAudio(SessionDescription session, MediaDescription stream) throws SdpException {
        int port = stream.getMedia().getMediaPort();
        if (port < 1 || port > 65_535) {
            return invalid("audio port out of range: " + port);
        }
        Connection connection = stream.getConnection() != null ? stream.getConnection() : session.getConnection();
        if (connection == null) {
            return invalid("no connection address for the audio stream");
        }
        String addressType = connection.getAddressType();
        if (!"IN".equalsIgnoreCase(connection.getNetworkType())
                || !("IP4".equalsIgnoreCase(addressType) || "IP6".equalsIgnoreCase(addressType))) {
            return invalid("unsupported connection type: " + connection.getNetworkType() + " " + addressType);
        }
        String address = connection.getAddress();
        if (!SdpAddress.isValid(address)) {
            return invalid("bad connection address: " + address);
        }
        String profile = stream.getMedia().getProtocol().toUpperCase(Locale.ROOT);
        boolean secure = profile.endsWith("/SAVP") || profile.endsWith("/SAVPF");

        List<Attribute> attributes = attributes(stream.getAttributes(false));
        Map<Integer, RtpMap> rtpMaps = new HashMap<>();
        List<SdpCrypto> cryptos = new ArrayList<>();
        Optional<MediaDirection> direction = Optional.empty();
        for (Attribute attribute : attributes) {
            String name = attribute.getName();
            if ("rtpmap".equalsIgnoreCase(name)) {
                RtpMap.parse(attribute.getValue()).ifPresent(m -> rtpMaps.putIfAbsent(m.payloadType(), m));
            } else if ("crypto".equalsIgnoreCase(name)) {
                SdpCrypto.fromAttribute(attribute.getValue()).ifPresent(cryptos::add);
            } else if (direction.isEmpty()) {
                direction = MediaDirection.fromAttribute(name);
            }
        }
        if (direction.isEmpty()) {
            direction = sessionDirection(session);
        }

        Map<String, Integer> payloadTypes = new LinkedHashMap<>();
        Integer telephoneEvent = null;
        for (int payloadType : payloadTypes(stream.getMedia().getMediaFormats(false))) {
            RtpMap rtpMap = rtpMaps.get(payloadType);
            Optional<AudioCodec> codec = rtpMap != null
                    ? rtpMap.codec()
                    : AudioCodec.forStaticPayloadType(payloadType);
            codec.ifPresent(c -> payloadTypes.putIfAbsent(c.name(), payloadType));
            if (telephoneEvent == null && rtpMap != null && rtpMap.isTelephoneEvent()) {
                telephoneEvent = payloadType;
            }
        }
        return new SdpResult.Parsed(new RemoteMedia(address, port, secure,
                List.copyOf(payloadTypes.keySet()), payloadTypes, telephoneEvent, cryptos,
                direction.orElse(MediaDirection.SENDRECV).attribute()));
    }

    private static Optional<MediaDirection> sessionDirection(SessionDescription session) throws SdpException {
        for (Attribute attribute : attributes(session.getAttributes(false))) {
            Optional<MediaDirection> direction = MediaDirection.fromAttribute(attribute.getName());
            if (direction.isPresent()) {
                return direction;
            }
        }
        return Optional.empty();
    }

    private static List<Attribute> attributes(Vector<?> attributes) {
        List<Attribute> list = new ArrayList<>();
        if (attributes != null) {
            attributes.forEach(a -> list.add((Attribute) a));
        }
        return list;
    }

    /** The m= line's formats that are RTP payload types (0..127); anything else is skipped. */
    private static List<Integer> payloadTypes(Vector<?> formats) {
        List<Integer> list = new ArrayList<>();
        if (formats != null) {
            for (Object format : formats) {
                String text = String.valueOf(format).strip();
                if (text.matches("\\d{1,3}") && Integer.parseInt(text) <= 127) {
                    list.add(Integer.parseInt(text));
                }
            }
        }
        return list;
    }

    private static SdpResult invalid(String reason) {
        return new SdpResult.Invalid(reason);
    }
}
