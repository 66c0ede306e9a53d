package io.cloudua.api.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address or CIDR block; a bare address is a /32 or /128.
 *
 * <p>Used for domain ACLs, so it sits on the admission path of every inbound INVITE: parsing is
 * done by hand (never DNS, see {@link IpLiteral}) and {@link #contains} is a few byte compares.
 *
 * <p>Every block is held as 16 bytes: an IPv4 block {@code a.b.c.d/n} is stored as the
 * IPv4-mapped block {@code ::ffff:a.b.c.d/(96+n)}, and an IPv4 address being checked is mapped
 * the same way. So an IPv4 block matches both {@code Inet4Address}es and IPv4-mapped IPv6
 * addresses (what a dual-stack socket reports for IPv4 peers), and the two spellings of one
 * block are equal. Host bits below the prefix are ignored ({@code 10.0.0.7/24} is
 * {@code 10.0.0.0/24}).
 */
public final class Cidr {

    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private final byte[] network;
    private final int prefix;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Parses {@code address} or {@code address/prefix}; empty when malformed or out of bounds. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        Optional<byte[]> parsed = IpLiteral.parse(addressText);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = parsed.get();
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            prefix = parsePrefix(text.substring(slash + 1), max);
            if (prefix < 0) {
                return Optional.empty();
            }
        }
        if (bytes.length == 4) {
            bytes = toMapped(bytes);
            prefix += 96;
        }
        return Optional.of(new Cidr(mask(bytes, prefix), prefix));
    }

    /** True when {@code address} lies in this block (IPv4 and IPv4-mapped treated as one). */
    public boolean contains(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            bytes = toMapped(bytes);
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int m = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & m) == (network[full] & 0xff);
    }

    /** The prefix length as written: 0..32 for an IPv4 block, 0..128 for IPv6. */
    public int prefixLength() {
        return isIpv4() ? prefix - 96 : prefix;
    }

    /** True for an IPv4 block (or an IPv4-mapped IPv6 block of prefix 96 or more). */
    public boolean isIpv4() {
        return prefix >= 96 && Arrays.equals(network, 0, 12, MAPPED_PREFIX, 0, 12);
    }

    /** The canonical form {@code network/prefix}, e.g. {@code 10.0.0.0/24} or {@code 2001:db8::/32}. */
    @Override
    public String toString() {
        if (isIpv4()) {
            return (network[12] & 0xff) + "." + (network[13] & 0xff) + "." + (network[14] & 0xff)
                    + "." + (network[15] & 0xff) + "/" + (prefix - 96);
        }
        return Ipv6Text.format(network) + "/" + prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && prefix == other.prefix && Arrays.equals(network, other.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    private static int parsePrefix(String text, int max) {
        if (text.isEmpty() || text.length() > 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= max ? value : -1;
    }

    private static byte[] toMapped(byte[] v4) {
        byte[] out = Arrays.copyOf(MAPPED_PREFIX, 16);
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - bits)));
        }
        return out;
    }
}
