package io.cloudua.sip;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of the SIP user agent, validated once when built.
 *
 * @param bindAddress      the local address the listening points bind to
 * @param port             the port of the UDP and TCP listening points
 * @param advertisedHost   the host or address put in Via, Contact and o= lines (what peers can reach)
 * @param udp              listen on UDP
 * @param tcp              listen on TCP
 * @param threadPoolSize   JAIN-SIP worker threads; without it the RI starts a thread per UDP datagram. Use 1:
 *                         the RI hands datagrams to its pool with no per-call ordering, so with more threads a
 *                         200 OK can overtake the 180 before it (seen: a lost "ringing" event)
 * @param sessionExpires   the Session-Expires we offer on outbound INVITEs (RFC 4028), 0 to not offer timers
 * @param userAgent        the User-Agent / Server header value
 * @param tls              SIP over TLS, or null for none
 * @param rateLimit        new INVITE/REGISTER/OPTIONS per source address (null: no limit)
 * @param callLimit        new calls per second and calls at once for the whole node (null: no limit)
 */
public record SipConfig(String bindAddress, int port, String advertisedHost, boolean udp, boolean tcp,
                        int threadPoolSize, Duration sessionExpires, String userAgent, TlsConfig tls,
                        SourceRateLimit rateLimit, CallLimit callLimit) {

    /** Without a rate limit. */
    public SipConfig(String bindAddress, int port, String advertisedHost, boolean udp, boolean tcp,
                     int threadPoolSize, Duration sessionExpires, String userAgent, TlsConfig tls) {
        this(bindAddress, port, advertisedHost, udp, tcp, threadPoolSize, sessionExpires, userAgent, tls, null, null);
    }

    /** Without TLS. */
    public SipConfig(String bindAddress, int port, String advertisedHost, boolean udp, boolean tcp,
                     int threadPoolSize, Duration sessionExpires, String userAgent) {
        this(bindAddress, port, advertisedHost, udp, tcp, threadPoolSize, sessionExpires, userAgent, null);
    }

    public SipConfig withTls(TlsConfig tls) {
        return new SipConfig(bindAddress, port, advertisedHost, udp, tcp, threadPoolSize, sessionExpires, userAgent, tls,
                rateLimit, callLimit);
    }

    public SipConfig withRateLimit(SourceRateLimit limit) {
        return new SipConfig(bindAddress, port, advertisedHost, udp, tcp, threadPoolSize, sessionExpires, userAgent, tls,
                limit, callLimit);
    }

    public SipConfig withCallLimit(CallLimit limit) {
        return new SipConfig(bindAddress, port, advertisedHost, udp, tcp, threadPoolSize, sessionExpires, userAgent, tls,
                rateLimit, limit);
    }

    public SipConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(advertisedHost, "advertisedHost");
        Objects.requireNonNull(sessionExpires, "sessionExpires");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("sip port must be 1-65535, got " + port);
        }
        if (!udp && !tcp) {
            throw new IllegalArgumentException("at least one of UDP and TCP must be enabled");
        }
        if (threadPoolSize < 1) {
            throw new IllegalArgumentException("threadPoolSize must be positive");
        }
        if (!sessionExpires.isZero() && sessionExpires.toSeconds() < 90) {
            throw new IllegalArgumentException("sessionExpires must be 0 or at least 90 s (RFC 4028 Min-SE)");
        }
        userAgent = userAgent == null ? "cloudua" : userAgent;
        rateLimit = rateLimit == null ? SourceRateLimit.OFF : rateLimit;
        callLimit = callLimit == null ? CallLimit.OFF : callLimit;
    }

    /** Defaults for a local gateway: both transports, one ordered worker, 1800 s session timers. */
    public static SipConfig defaults(String bindAddress, int port, String advertisedHost) {
        return new SipConfig(bindAddress, port, advertisedHost, true, true, 1, Duration.ofSeconds(1800), "cloudua");
    }
}
