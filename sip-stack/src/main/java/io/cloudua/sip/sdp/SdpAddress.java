package io.cloudua.sip.sdp;

import java.util.regex.Pattern;

/**
 * The unicast addresses cloudua reads from and writes into c= and o= lines (RFC 4566 section 9:
 * IPv4 dotted quad, IPv6 text, or a host name).
 *
 * <p>The check is syntactic and deliberately narrow: letters, digits, dots, colons and hyphens.
 * That rejects whitespace and line breaks, so an address taken from a REST request cannot add
 * lines to our SDP, and an address taken from remote SDP is safe to put in a webhook.
 */
final class SdpAddress {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:\\-]{1,255}");

    private SdpAddress() {}

    static boolean isValid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    /** RFC 4566 addrtype: IP6 for an IPv6 literal, IP4 otherwise (dotted quad or host name). */
    static String type(String address) {
        return address.indexOf(':') >= 0 ? "IP6" : "IP4";
    }
}
