package io.cloudua.api.validation;

import io.cloudua.api.net.IpLiteral;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that decides what a SIP URI, a SIP user, an IP literal and a callback URL look
 * like, shared by the call-control and the provisioning parsers so the two can never disagree.
 *
 * <p>These checks guard what later goes into SIP start lines, SDP and outbound HTTP requests, so
 * they are allow-lists: no whitespace or control characters can pass (no header injection into a
 * SIP message), hosts are either DNS names or literals (no DNS is done here), and nothing is
 * "repaired". The SIP grammar follows RFC 3261 section 25.1 for {@code user}, {@code host},
 * {@code port} and {@code uri-parameters}; URI headers ({@code ?...}) are not accepted.
 */
public final class Syntax {

    /** Longest SIP URI or callback URL accepted. */
    public static final int MAX_URI_LENGTH = 2048;

    private static final String ESCAPED = "%[0-9A-Fa-f]{2}";
    private static final Pattern SIP_USER = Pattern.compile(
            "(?:[A-Za-z0-9\\-_.!~*'()&=+$,;?/]|" + ESCAPED + ")+"
                    + "(?::(?:[A-Za-z0-9\\-_.!~*'()&=+$,]|" + ESCAPED + ")*)?");
    private static final String PARAM_CHARS = "(?:[A-Za-z0-9\\-_.!~*'()\\[\\]/:&+$]|" + ESCAPED + ")";
    private static final Pattern SIP_PARAMS = Pattern.compile(
            "(?:;" + PARAM_CHARS + "+(?:=" + PARAM_CHARS + "+)?)*");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern BARE_USER = Pattern.compile("[A-Za-z0-9+*#._~!-]{1,64}");
    private static final Pattern SOURCE_USER = Pattern.compile("[A-Za-z0-9+*#._~!$&'()=,;?/-]{1,64}");

    private Syntax() {
    }

    /**
     * A {@code sip:} or {@code sips:} URI (scheme in any case) with a non-empty host: optional
     * {@code user[:password]@}, host name, IPv4 or bracketed IPv6 literal, optional port
     * 1..65535, optional {@code ;parameters}.
     */
    public static boolean isSipUri(String text) {
        if (text == null || text.length() > MAX_URI_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("sip:") ? 4 : lower.startsWith("sips:") ? 5 : -1;
        if (schemeEnd < 0) {
            return false;
        }
        String rest = text.substring(schemeEnd);
        int at = rest.indexOf('@');
        if (at >= 0) {
            if (rest.indexOf('@', at + 1) >= 0 || !SIP_USER.matcher(rest.substring(0, at)).matches()) {
                return false;
            }
            rest = rest.substring(at + 1);
        }
        int semi = rest.indexOf(';');
        String hostPort = semi < 0 ? rest : rest.substring(0, semi);
        String params = semi < 0 ? "" : rest.substring(semi);
        return isHostPort(hostPort) && SIP_PARAMS.matcher(params).matches();
    }

    /** A bare user token ({@code 1001}, {@code +4670123}, {@code alice.b}) routed to endpoints. */
    public static boolean isBareUser(String text) {
        return text != null && BARE_USER.matcher(text).matches();
    }

    /** A SIP URI (see {@link #isSipUri}) or a bare user token (see {@link #isBareUser}). */
    public static boolean isSipUriOrBareUser(String text) {
        return isBareUser(text) || isSipUri(text);
    }

    /** 1..64 characters of SIP user-unreserved text, safe as the user part of a From URI. */
    public static boolean isSourceUser(String text) {
        return text != null && SOURCE_USER.matcher(text).matches();
    }

    /** An IPv4 or IPv6 literal without brackets; never resolves names. */
    public static boolean isIpLiteral(String text) {
        return IpLiteral.isValid(text);
    }

    /** An absolute {@code http} or {@code https} URL with a host, at most 2048 characters. */
    public static boolean isHttpUrl(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_URI_LENGTH || !isVisibleAscii(text)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            return false;
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String host = uri.getHost();
        return host != null && !host.isEmpty() && isUrlHost(host) && uri.getPort() <= 65535;
    }

    /** Printable ASCII without space: {@link URI} alone would let non-ASCII text through. */
    private static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUrlHost(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && IpLiteral.isIpv6(host.substring(1, host.length() - 1));
        }
        return isHost(host);
    }

    private static boolean isHostPort(String hostPort) {
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || !IpLiteral.isIpv6(hostPort.substring(1, close))) {
                return false;
            }
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return false;
                }
                port = after.substring(1);
            }
            return port == null || isPort(port);
        }
        int colon = hostPort.indexOf(':');
        host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        port = colon < 0 ? null : hostPort.substring(colon + 1);
        return isHost(host) && (port == null || isPort(port));
    }

    /** A DNS host name or an IPv4 literal (all-numeric names must be valid IPv4). */
    private static boolean isHost(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        if (DIGITS_AND_DOTS.matcher(host).matches()) {
            return IpLiteral.isIpv4(host);
        }
        return HOSTNAME.matcher(host).matches();
    }

    /** A decimal port 1..65535. */
    public static boolean isPort(String text) {
        if (text == null || text.isEmpty() || text.length() > 5) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1 && value <= 65535;
    }
}
