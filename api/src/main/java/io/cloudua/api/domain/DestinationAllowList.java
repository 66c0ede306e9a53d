package io.cloudua.api.domain;

import io.cloudua.api.net.Cidr;
import io.cloudua.api.net.IpLiteral;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hosts a domain may place direct SIP calls to: a domain's {@code allowed_destinations}
 * (host names, IP addresses or CIDR blocks), parsed once.
 *
 * <p>Why: an API token that leaks must not turn the gateway into a free dialler to premium-rate
 * SIP carriers (toll fraud). So a domain may call only its own endpoints unless it names, ahead of
 * time, the far ends it trusts. Matching never resolves DNS: a host name entry matches only the
 * same host name (case-insensitive, trailing dot ignored), and an IP or CIDR entry matches only a
 * destination written as an IP literal. Resolving names here would let anyone who controls a DNS
 * zone point an allowed-looking name anywhere, and would put a blocking lookup on the API path.
 */
public final class DestinationAllowList {

    public static final int MAX_ENTRIES = 100;

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                    + "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?");

    private final List<String> names;
    private final List<Cidr> blocks;

    private DestinationAllowList(List<String> names, List<Cidr> blocks) {
        this.names = names;
        this.blocks = blocks;
    }

    /** Parses the stored entries; an entry that is neither a host name nor an IP/CIDR is ignored. */
    public static DestinationAllowList of(List<String> entries) {
        List<String> names = new ArrayList<>();
        List<Cidr> blocks = new ArrayList<>();
        if (entries != null) {
            for (String entry : entries) {
                Optional<Cidr> cidr = Cidr.parse(entry);
                if (cidr.isPresent()) {
                    blocks.add(cidr.get());
                } else if (isHostName(entry)) {
                    names.add(normalise(entry));
                }
            }
        }
        return new DestinationAllowList(List.copyOf(names), List.copyOf(blocks));
    }

    /** True for an entry the API accepts: an IPv4/IPv6 address or CIDR block, or a DNS host name. */
    public static boolean isValidEntry(String entry) {
        return entry != null && (Cidr.parse(entry).isPresent() || isHostName(entry));
    }

    /**
     * True when a direct call to {@code host} (as written in a SIP URI: a name, an IPv4 literal or a
     * bracketed IPv6 literal) is allowed.
     */
    public boolean permits(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        Optional<InetAddress> address = IpLiteral.toInetAddress(bare);
        if (address.isPresent()) {
            return blocks.stream().anyMatch(b -> b.contains(address.get()));
        }
        return names.contains(normalise(bare));
    }

    private static boolean isHostName(String entry) {
        return entry.length() <= 253 && HOST_NAME.matcher(entry).matches();
    }

    private static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
