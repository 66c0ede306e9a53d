package io.cloudua.gateway.cli;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.ConfigException;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.gateway.config.TlsSettings;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `cloudua serve`: runs the gateway until SIGTERM or SIGINT. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the gateway.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML file of settings keyed by these flags' names without --, e.g. http-port: 8080 "
                    + "(env CLOUDUA_CONFIG). Flags override environment variables, which override the file.")
    java.nio.file.Path configFile;

    @Option(names = "--log-format", defaultValue = "${env:CLOUDUA_LOG_FORMAT:-text}",
            description = "Log format on standard output: text or json (default: ${DEFAULT-VALUE}).")
    io.cloudua.gateway.logging.LogFormat logFormat;

    @Option(names = "--bind", defaultValue = "${env:CLOUDUA_BIND:-0.0.0.0}", description = "Listen address (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--http-port", defaultValue = "${env:CLOUDUA_HTTP_PORT:-8080}", description = "REST API port (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--sip-port", defaultValue = "${env:CLOUDUA_SIP_PORT:-5060}", description = "SIP UDP/TCP port (default: ${DEFAULT-VALUE}).")
    int sipPort;

    @Mixin
    StoreOptions store;

    @Option(names = "--advertised-host", defaultValue = "${env:CLOUDUA_ADVERTISED_HOST}",
            description = "Address peers reach this node on (default: the bind address, or this host's address when binding to all).")
    String advertisedHost;

    @Option(names = "--node-id", defaultValue = "${env:CLOUDUA_NODE_ID}", description = "This node's name in replyIds (default: host name).")
    String nodeId;

    @Option(names = "--no-answer-timeout", defaultValue = "${env:CLOUDUA_NO_ANSWER_TIMEOUT:-60}",
            description = "Seconds a call may ring before it is given up (default: ${DEFAULT-VALUE}).")
    long noAnswerSeconds;

    @Option(names = "--webhook-timeout", defaultValue = "${env:CLOUDUA_WEBHOOK_TIMEOUT:-5}",
            description = "Seconds one webhook delivery may take (default: ${DEFAULT-VALUE}).")
    long webhookSeconds;

    @Option(names = "--sip-tls-port", defaultValue = "${env:CLOUDUA_SIP_TLS_PORT:-5061}",
            description = "SIP over TLS port, 0 to disable (default: ${DEFAULT-VALUE}).")
    int sipTlsPort;

    @Option(names = "--tls-cert", defaultValue = "${env:CLOUDUA_TLS_CERT}",
            description = "PEM certificate (chain) for SIP over TLS (default: a self-signed one made at first start).")
    java.nio.file.Path tlsCert;

    @Option(names = "--tls-key", defaultValue = "${env:CLOUDUA_TLS_KEY}", description = "PEM private key for --tls-cert.")
    java.nio.file.Path tlsKey;

    @Option(names = "--digest-algorithms", split = ",", defaultValue = "${env:CLOUDUA_DIGEST_ALGORITHMS:-SHA-256,MD5}",
            description = "Digest challenges offered, most preferred first (default: ${DEFAULT-VALUE}); MD5 first helps UAs that read only the first challenge.")
    java.util.List<String> digestAlgorithms;

    @Option(names = "--drain-timeout", defaultValue = "${env:CLOUDUA_DRAIN_TIMEOUT:-30}",
            description = "Seconds established calls may go on after SIGTERM before they are ended with BYE (default: ${DEFAULT-VALUE}).")
    long drainSeconds;

    @Option(names = "--webhook-attempts", defaultValue = "${env:CLOUDUA_WEBHOOK_ATTEMPTS:-3}",
            description = "Tries per webhook event on connection errors, timeouts and 5xx, 1-10 (default: ${DEFAULT-VALUE}).")
    int webhookAttempts;

    @Option(names = "--webhook-backoff-ms", defaultValue = "${env:CLOUDUA_WEBHOOK_BACKOFF_MS:-200}",
            description = "Milliseconds before the first webhook retry, doubled for each next one, +-20%% jitter (default: ${DEFAULT-VALUE}).")
    long webhookBackoffMs;

    @Option(names = "--sip-rate-limit", defaultValue = "${env:CLOUDUA_SIP_RATE_LIMIT:-50}",
            description = "New INVITE/REGISTER/OPTIONS per second per source address, 503 beyond; 0 = off (default: ${DEFAULT-VALUE}).")
    double sipRateLimit;

    @Option(names = "--sip-rate-burst", defaultValue = "${env:CLOUDUA_SIP_RATE_BURST:-100}",
            description = "Requests a quiet source may send at once (default: ${DEFAULT-VALUE}).")
    int sipRateBurst;

    @Option(names = "--sip-rate-sources", defaultValue = "${env:CLOUDUA_SIP_RATE_SOURCES:-100000}",
            description = "Source addresses tracked at most by the rate limit (default: ${DEFAULT-VALUE}).")
    int sipRateSources;

    @Option(names = "--call-rate-limit", defaultValue = "${env:CLOUDUA_CALL_RATE_LIMIT:-1000}",
            description = "New calls per second on this node, inbound and outbound together; 503 beyond; 0 = off (default: ${DEFAULT-VALUE}).")
    double callRateLimit;

    @Option(names = "--call-rate-burst", defaultValue = "${env:CLOUDUA_CALL_RATE_BURST:-200}",
            description = "New calls taken at once after a quiet time (default: ${DEFAULT-VALUE}).")
    int callRateBurst;

    @Option(names = "--max-calls", defaultValue = "${env:CLOUDUA_MAX_CALLS:-30000}",
            description = "Calls at once on this node; 503 beyond; 0 = off (default: ${DEFAULT-VALUE}).")
    int maxCalls;

    @Option(names = "--digest-max-failures", defaultValue = "${env:CLOUDUA_DIGEST_MAX_FAILURES:-5}",
            description = "Failed digest attempts per address or user that start a lockout; 0 = off (default: ${DEFAULT-VALUE}).")
    int digestMaxFailures;

    @Option(names = "--digest-failure-window", defaultValue = "${env:CLOUDUA_DIGEST_FAILURE_WINDOW:-60}",
            description = "Seconds within which those failures count (default: ${DEFAULT-VALUE}).")
    long digestFailureWindow;

    @Option(names = "--digest-lockout", defaultValue = "${env:CLOUDUA_DIGEST_LOCKOUT:-300}",
            description = "Seconds attempts are refused after a lockout starts (default: ${DEFAULT-VALUE}).")
    long digestLockout;

    @Option(names = "--api-rate", defaultValue = "${env:CLOUDUA_API_RATE:-2000}",
            description = "Call-control requests per second per bearer token; 429 beyond (default: ${DEFAULT-VALUE}).")
    double apiRate;

    @Option(names = "--api-burst", defaultValue = "${env:CLOUDUA_API_BURST:-4000}",
            description = "Call-control requests a token may make at once before --api-rate applies (default: ${DEFAULT-VALUE}).")
    int apiBurst;

    @Option(names = "--admin-key", defaultValue = "${env:CLOUDUA_ADMIN_KEY}", description = "Management API key (HTTP Basic user).")
    String adminKey;

    @Option(names = "--admin-secret", defaultValue = "${env:CLOUDUA_ADMIN_SECRET}", description = "Management API secret.")
    String adminSecret;

    @Override
    public Integer call() throws Exception {
        logFormat.apply();
        GatewayConfig config;
        try {
            config = new GatewayConfig(bind, httpPort, sipPort, store.dataDir, store.dbUrl, store.dbUser, store.dbPassword,
                    advertisedHost != null ? advertisedHost : defaultAdvertisedHost(bind),
                    nodeId != null ? nodeId : InetAddress.getLocalHost().getHostName(),
                    Duration.ofSeconds(noAnswerSeconds), Duration.ofSeconds(webhookSeconds), Duration.ofHours(24),
                    adminKey, adminSecret, 1, 8, sipTlsPort == 0 ? null : new TlsSettings(sipTlsPort, tlsCert, tlsKey), digestAlgorithms)
                    .withSipLimits(new io.cloudua.gateway.config.SipLimits(sipRateLimit, sipRateBurst, sipRateSources,
                            digestMaxFailures, Duration.ofSeconds(digestFailureWindow), Duration.ofSeconds(digestLockout),
                            callRateLimit, callRateBurst, maxCalls));
        } catch (ArithmeticException e) {
            throw new ConfigException("a timeout is out of range: " + e.getMessage());   // Main prints it, exit 1
        }
        if (drainSeconds < 0) {
            throw new ConfigException("--drain-timeout must be 0 or more seconds");
        }
        Gateway gateway = Gateway.start(config, new io.cloudua.gateway.config.HttpLimits(webhookAttempts,
                Duration.ofMillis(webhookBackoffMs), apiRate, apiBurst));
        CountDownLatch stop = new CountDownLatch(1);
        // SIGTERM/SIGINT: drain, then return 0. The hook only covers other exits (System.exit, unhandled signals).
        TerminationSignals.handle(stop::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "cloudua-shutdown"));
        stop.await();
        gateway.shutdown(Duration.ofSeconds(drainSeconds));
        return 0;
    }

    static String defaultAdvertisedHost(String bind) throws java.io.IOException {
        InetAddress address = InetAddress.getByName(bind);
        if (!address.isAnyLocalAddress()) {
            return address.getHostAddress();
        }
        // The first up, non-loopback IPv4 address of this host; loopback when there is none.
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) {
                    return a.getHostAddress();
                }
            }
        }
        return "127.0.0.1";
    }
}
