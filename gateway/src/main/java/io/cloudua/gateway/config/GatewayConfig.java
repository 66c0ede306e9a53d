package io.cloudua.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The gateway's settings, validated once at start-up and immutable after.
 *
 * @param bindAddress      where SIP and HTTP listen
 * @param httpPort         REST API port (0 picks a free one)
 * @param sipPort          SIP UDP and TCP port
 * @param dataDir          keys, generated credentials and the embedded database live here
 * @param dbUrl            JDBC URL of the store; null means the embedded H2 file under dataDir
 * @param advertisedHost   the address peers and devices reach us on (Via, Contact, SDP o=, ivrServer)
 * @param nodeId           this node's name in replyIds
 * @param noAnswerTimeout  an inbound call not answered by the device in this time gets 480
 * @param webhookTimeout   how long one webhook POST may take
 * @param replyIdTtl       how long a replyId stays valid (longer than any call should last)
 * @param adminKey         management API key (HTTP Basic user); null = generate or read from dataDir
 * @param adminSecret      management API secret; null = generate or read from dataDir
 * @param tls              SIP over TLS, or null for none
 * @param digestAlgorithms the digest challenges offered, most preferred first (null: SHA-256 then MD5)
 * @param sipLimits        per-source SIP rate limit and digest lockout (null: {@link SipLimits#DEFAULTS})
 */
public record GatewayConfig(String bindAddress, int httpPort, int sipPort, Path dataDir, String dbUrl, String dbUser,
                            String dbPassword, String advertisedHost, String nodeId, Duration noAnswerTimeout,
                            Duration webhookTimeout, Duration replyIdTtl, String adminKey, String adminSecret,
                            int sipThreads, int apiThreads, TlsSettings tls, java.util.List<String> digestAlgorithms,
                            SipLimits sipLimits) {

    /** With the default SIP limits. */
    public GatewayConfig(String bindAddress, int httpPort, int sipPort, Path dataDir, String dbUrl, String dbUser,
                         String dbPassword, String advertisedHost, String nodeId, Duration noAnswerTimeout,
                         Duration webhookTimeout, Duration replyIdTtl, String adminKey, String adminSecret,
                         int sipThreads, int apiThreads, TlsSettings tls, java.util.List<String> digestAlgorithms) {
        this(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId, noAnswerTimeout,
                webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, digestAlgorithms, null);
    }

    /** RFC 8760: the stronger algorithm first. */
    public static final java.util.List<String> DEFAULT_DIGEST_ALGORITHMS = java.util.List.of("SHA-256", "MD5");

    public GatewayConfig(String bindAddress, int httpPort, int sipPort, Path dataDir, String dbUrl, String dbUser,
                         String dbPassword, String advertisedHost, String nodeId, Duration noAnswerTimeout,
                         Duration webhookTimeout, Duration replyIdTtl, String adminKey, String adminSecret,
                         int sipThreads, int apiThreads, TlsSettings tls) {
        this(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId, noAnswerTimeout,
                webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, null);
    }

    /** Without SIP over TLS. */
    public GatewayConfig(String bindAddress, int httpPort, int sipPort, Path dataDir, String dbUrl, String dbUser,
                         String dbPassword, String advertisedHost, String nodeId, Duration noAnswerTimeout,
                         Duration webhookTimeout, Duration replyIdTtl, String adminKey, String adminSecret,
                         int sipThreads, int apiThreads) {
        this(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId, noAnswerTimeout,
                webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, null);
    }

    public GatewayConfig {
        Objects.requireNonNull(bindAddress, "bind");
        Objects.requireNonNull(dataDir, "data-dir");
        Objects.requireNonNull(advertisedHost, "advertised-host");
        Objects.requireNonNull(nodeId, "node-id");
        requirePort("http-port", httpPort, true);
        requirePort("sip-port", sipPort, false);
        requirePositive("no-answer-timeout", noAnswerTimeout);
        requirePositive("webhook-timeout", webhookTimeout);
        requirePositive("reply-id-ttl", replyIdTtl);
        if ((adminKey == null) != (adminSecret == null)) {
            throw new ConfigException("admin-key and admin-secret must be given together");
        }
        if (adminSecret != null && adminSecret.length() < 8) {
            throw new ConfigException("admin-secret must be at least 8 characters");
        }
        if (sipThreads < 1 || apiThreads < 1) {
            throw new ConfigException("thread counts must be positive");
        }
        digestAlgorithms = digestAlgorithms == null ? DEFAULT_DIGEST_ALGORITHMS
                : digestAlgorithms.stream().map(a -> a.trim().toUpperCase(java.util.Locale.ROOT)).toList();
        if (digestAlgorithms.isEmpty() || !DEFAULT_DIGEST_ALGORITHMS.containsAll(digestAlgorithms)
                || digestAlgorithms.stream().distinct().count() != digestAlgorithms.size()) {
            throw new ConfigException("digest-algorithms must list SHA-256 and/or MD5 once each, got " + digestAlgorithms);
        }
        sipLimits = sipLimits == null ? SipLimits.DEFAULTS : sipLimits;
    }

    private static void requirePort(String key, int port, boolean zeroAllowed) {
        if (port < (zeroAllowed ? 0 : 1) || port > 65535) {
            throw new ConfigException(key + " must be a port number (1-65535), got " + port);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ConfigException(key + " must be a positive duration");
        }
    }

    public GatewayConfig withHttpPort(int port) {
        return new GatewayConfig(bindAddress, port, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId,
                noAnswerTimeout, webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, digestAlgorithms,
                sipLimits);
    }

    public GatewayConfig withTls(TlsSettings tls) {
        return new GatewayConfig(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId,
                noAnswerTimeout, webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, digestAlgorithms,
                sipLimits);
    }

    public GatewayConfig withDigestAlgorithms(java.util.List<String> algorithms) {
        return new GatewayConfig(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId,
                noAnswerTimeout, webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, algorithms,
                sipLimits);
    }

    public GatewayConfig withSipLimits(SipLimits limits) {
        return new GatewayConfig(bindAddress, httpPort, sipPort, dataDir, dbUrl, dbUser, dbPassword, advertisedHost, nodeId,
                noAnswerTimeout, webhookTimeout, replyIdTtl, adminKey, adminSecret, sipThreads, apiThreads, tls, digestAlgorithms,
                limits);
    }
}
