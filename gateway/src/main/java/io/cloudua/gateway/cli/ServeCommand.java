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
                    adminKey, adminSecret, 8, 8, sipTlsPort == 0 ? null : new TlsSettings(sipTlsPort, tlsCert, tlsKey), digestAlgorithms);
        } catch (ArithmeticException e) {
            throw new ConfigException("a timeout is out of range: " + e.getMessage());   // Main prints it, exit 1
        }
        Gateway gateway = Gateway.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "cloudua-shutdown"));
        stopped.await();
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
