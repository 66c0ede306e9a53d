package io.cloudua.sip.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks on the raw text of a request that JAIN-SIP's parser lets through: it is lenient by design (it
 * reads "INVITE  sip:a@b  SIP/2.0", SIP/7.0, "sip:2001:db8::10", a second To header, a display name with an
 * unquoted comma, a NUL in a header, an empty Call-ID), and what it accepts it normalises, so the evidence is gone by the time the request
 * reaches us. RFC 4475 section 3.1.2 and 3.3 list these as malformed: a UAS answers them 400 (505 for
 * another SIP version) rather than guess. Pure: bytes in, a {@link Malformed} or null out.
 */
final class WireLint {
    private static final Pattern VERSION = Pattern.compile("(?i)SIP/[0-9]+\\.[0-9]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+");
    /** Headers RFC 3261 allows once (section 7.3.1: only list headers may be repeated). */
    private static final Set<String> SINGLE = Set.of("call-id", "cseq", "from", "to", "max-forwards",
            "content-length", "content-type");
    private static final Map<String, String> COMPACT = Map.of("i", "call-id", "f", "from", "t", "to",
            "l", "content-length", "c", "content-type", "m", "contact", "v", "via");

    private WireLint() { }

    /** The first problem of this request's start line and headers, or null. */
    static Malformed check(byte[] message) {
        List<String> lines = HeaderLines.of(new String(message, StandardCharsets.ISO_8859_1));
        if (lines.isEmpty()) {
            return Malformed.badRequest("empty request");
        }
        Malformed line = requestLine(lines.get(0));
        if (line != null) {
            return line;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String header : lines.subList(1, lines.size())) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? "" : header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!TOKEN.matcher(name).matches()) {
                return Malformed.badRequest("malformed header line");
            }
            name = COMPACT.getOrDefault(name, name);
            if (SINGLE.contains(name) && seen.merge(name, 1, Integer::sum) > 1) {
                return Malformed.badRequest("more than one " + name + " header");
            }
            String value = header.substring(colon + 1);
            if (hasBareControl(value)) {
                return Malformed.badRequest("control character in " + name);
            }
            String problem = switch (name) {
                case "from", "to" -> NameAddrLint.single(value);
                case "contact" -> NameAddrLint.list(value);
                case "call-id" -> value.isBlank() || value.strip().chars().anyMatch(Character::isWhitespace)
                        ? "an empty or spaced value" : null;
                default -> null;
            };
            if (problem != null) {
                return Malformed.badRequest(problem + " in " + name);
            }
        }
        return null;
    }

    /**
     * A control character (NUL, BEL, DEL...) other than tab that is not escaped by a backslash: RFC 3261 allows
     * them only as quoted-pairs (RFC 4475 intmeth has "\NUL" in a display name, which is fine).
     */
    private static boolean hasBareControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' || c == 0x7f) && (i == 0 || value.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    /** Method SP Request-URI SP SIP-Version, single spaces (trailing white space is tolerated, RFC 4475 trws). */
    static Malformed requestLine(String line) {
        String[] parts = line.stripTrailing().split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Malformed.badRequest("malformed request line");
        }
        if (!parts[2].equalsIgnoreCase("SIP/2.0")) {
            return VERSION.matcher(parts[2]).matches() ? new Malformed(505, "Version Not Supported")
                    : Malformed.badRequest("malformed SIP version");
        }
        String uri = requestUri(parts[1]);
        return uri == null ? null : Malformed.badRequest(uri);
    }

    /** RFC 3261 19.1.1: no headers in a Request-URI; RFC 5118 4.10: an IPv6 host only in brackets. */
    static String requestUri(String uri) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            return null;  // other schemes are answered 416 after parsing
        }
        String rest = uri.substring(colon + 1);
        String hostPart = rest.substring(rest.lastIndexOf('@') + 1);  // the user part may hold ':', ';' and '?'
        if (hostPart.indexOf('?') >= 0) {
            return "headers in the Request-URI";
        }
        int end = hostPart.indexOf(';');
        String hostPort = end < 0 ? hostPart : hostPart.substring(0, end);
        if (!hostPort.startsWith("[") && hostPort.chars().filter(c -> c == ':').count() > 1) {
            return "IPv6 reference without brackets in the Request-URI";
        }
        return null;
    }
}
