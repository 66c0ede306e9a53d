package io.cloudua.api.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Parses textual IPv4 and IPv6 address literals into bytes, by hand.
 *
 * <p>Why not {@link InetAddress#getByName}: given anything that is not a literal it performs a
 * DNS lookup, which on a request path is both a latency hazard and a way for clients to make the
 * server resolve names of their choosing. This parser never resolves anything. It is also
 * deliberately strict where parsers disagree: IPv4 parts with leading zeros ({@code 010.0.0.1},
 * octal to some libraries) and IPv6 zone ids ({@code fe80::1%eth0}) are rejected, and brackets
 * are not part of a literal.
 */
public final class IpLiteral {

    private static final int MAX_LENGTH = 45;

    private IpLiteral() {
    }

    /** The 4 or 16 bytes of {@code text}, or empty when it is not an IP literal. */
    public static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        byte[] bytes = text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text);
        return Optional.ofNullable(bytes);
    }

    /** True when {@code text} is an IPv4 or IPv6 literal. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** True when {@code text} is a dotted-quad IPv4 literal. */
    public static boolean isIpv4(String text) {
        return text != null && text.length() <= 15 && parseV4(text) != null;
    }

    /** True when {@code text} is an IPv6 literal (without brackets). */
    public static boolean isIpv6(String text) {
        return text != null && text.length() <= MAX_LENGTH && text.indexOf(':') >= 0
                && parseV6(text) != null;
    }

    /** The address of a literal, built without any name resolution. */
    public static Optional<InetAddress> toInetAddress(String text) {
        return parse(text).map(IpLiteral::fromBytes);
    }

    private static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("length was checked", e);
        }
    }

    static byte[] parseV4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int i = 0;
        int n = s.length();
        while (part < 4) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return null;
            }
            out[part++] = (byte) value;
            if (part < 4) {
                if (i >= n || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        return i == n ? out : null;
    }

    static byte[] parseV6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int total = headGroups.length + tailGroups.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        byte[] out = new byte[16];
        for (int g = 0; g < 8; g++) {
            out[2 * g] = (byte) (all[g] >>> 8);
            out[2 * g + 1] = (byte) all[g];
        }
        return out;
    }

    /**
     * Colon-separated 16-bit groups; the last group may be an embedded IPv4 literal when
     * {@code ipv4Allowed} (it only may end the address). Empty text is zero groups.
     */
    private static int[] groups(String text, boolean ipv4Allowed) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int[] out = new int[parts.length * 2];
        int count = 0;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (p == parts.length - 1 && ipv4Allowed && part.indexOf('.') >= 0) {
                byte[] v4 = parseV4(part);
                if (v4 == null) {
                    return null;
                }
                out[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int i = 0; i < part.length(); i++) {
                int digit = hexDigit(part.charAt(i));
                if (digit < 0) {
                    return null;
                }
                value = (value << 4) | digit;
            }
            out[count++] = value;
        }
        return Arrays.copyOf(out, count);
    }

    /** ASCII hex only: {@link Character#digit} would also accept non-ASCII digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
