package io.cloudua.gateway.it;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.WebhookRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real gateway on loopback with an embedded H2 store in a temp dir, a device (webhook recorder) and one
 * domain whose callbacks go to that device. Integration tests share one per class.
 */
public final class GatewayFixture implements AutoCloseable {
    public static final String DOMAIN = "itdomain";
    public static final String ADMIN_KEY = "it-admin";
    public static final String ADMIN_SECRET = "it-admin-secret";

    public final Gateway gateway;
    public final WebhookRecorder device;
    public final RestClient rest;
    public final int sipPort;
    public final String token;
    private final Path dataDir;

    /** The SIP over TLS port, or 0 when the fixture has no TLS. */
    public final int sipTlsPort;

    private GatewayFixture(Duration noAnswerTimeout, Duration webhookTimeout, boolean tls) throws Exception {
        this(noAnswerTimeout, webhookTimeout, tls, c -> c);
    }

    private GatewayFixture(Duration noAnswerTimeout, Duration webhookTimeout, boolean tls,
                           java.util.function.UnaryOperator<GatewayConfig> customize) throws Exception {
        dataDir = Files.createTempDirectory("cloudua-it-");
        sipPort = Ports.freeUdpAndTcpPort();
        sipTlsPort = tls ? Ports.freeTcpPort() : 0;
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, sipPort, dataDir, null, null, null, "127.0.0.1", "it-node",
                noAnswerTimeout, webhookTimeout, Duration.ofHours(1), ADMIN_KEY, ADMIN_SECRET, 1, 4,
                tls ? new io.cloudua.gateway.config.TlsSettings(sipTlsPort, null, null) : null);
        gateway = Gateway.start(customize.apply(config));
        device = WebhookRecorder.start();
        rest = new RestClient("http://127.0.0.1:" + gateway.httpPort());
        createDomain(DOMAIN, List.of("127.0.0.0/8"), device.baseUrl());
        token = gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(30));
    }

    public static GatewayFixture start() throws Exception {
        return new GatewayFixture(Duration.ofSeconds(60), Duration.ofSeconds(3), false);
    }

    /** Without TLS, with a configuration changed by customize. */
    public static GatewayFixture start(java.util.function.UnaryOperator<GatewayConfig> customize) throws Exception {
        return new GatewayFixture(Duration.ofSeconds(60), Duration.ofSeconds(3), false, customize);
    }

    /** With SIP over TLS and a configuration changed by customize. */
    public static GatewayFixture startWithTls(java.util.function.UnaryOperator<GatewayConfig> customize) throws Exception {
        return new GatewayFixture(Duration.ofSeconds(60), Duration.ofSeconds(3), true, customize);
    }

    /** With SIP over TLS on a self-signed certificate. */
    public static GatewayFixture startWithTls() throws Exception {
        return new GatewayFixture(Duration.ofSeconds(60), Duration.ofSeconds(3), true);
    }

    public static GatewayFixture start(Duration noAnswerTimeout, Duration webhookTimeout) throws Exception {
        return new GatewayFixture(noAnswerTimeout, webhookTimeout, false);
    }

    /** With these timeouts and a configuration changed by customize. */
    public static GatewayFixture start(Duration noAnswerTimeout, Duration webhookTimeout,
                                       java.util.function.UnaryOperator<GatewayConfig> customize) throws Exception {
        return new GatewayFixture(noAnswerTimeout, webhookTimeout, false, customize);
    }

    /**
     * Creates a domain from a full JSON body (any field of the domain API). Unless the body says
     * otherwise, the domain may call loopback ({@code allowed_destinations: [127.0.0.0/8]}): the tests'
     * SIPp far ends listen there, and the toll-fraud guard refuses every other direct destination.
     */
    public RestClient.Response createDomain(Map<String, Object> body) {
        Map<String, Object> withDestinations = new java.util.LinkedHashMap<>(body);
        withDestinations.putIfAbsent("allowed_destinations", LOOPBACK_DESTINATIONS);
        RestClient.Response r = rest.postBasic("/v1/psip/", withDestinations, ADMIN_KEY, ADMIN_SECRET);
        if (r.status() != 201) {
            throw new IllegalStateException("domain not created: " + r.status() + " " + r.body());
        }
        return r;
    }

    /** What test domains may call directly: loopback, where the SIPp far ends listen. */
    public static final List<String> LOOPBACK_DESTINATIONS = List.of("127.0.0.0/8");

    public RestClient.Response createDomain(String name, List<String> acl, String callbackBaseUrl) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        body.put("application_id", "app-" + name);
        body.put("acl", acl);
        body.put("allowed_destinations", LOOPBACK_DESTINATIONS);
        if (callbackBaseUrl != null) {
            body.put("callback_base_url", callbackBaseUrl);
        }
        RestClient.Response r = rest.postBasic("/v1/psip/", body, ADMIN_KEY, ADMIN_SECRET);
        if (r.status() != 201) {
            throw new IllegalStateException("domain " + name + " not created: " + r.status() + " " + r.body());
        }
        return r;
    }

    private final java.util.Map<String, java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<WebhookRecorder.Hook>>> hooks =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Sets what the device does on each hook of that event, replacing what it did before. */
    public void onHook(String event, java.util.function.Consumer<WebhookRecorder.Hook> action) {
        hooks.computeIfAbsent(event, e -> {
            var current = new java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<WebhookRecorder.Hook>>(h -> { });
            device.onHook(e, h -> current.get().accept(h));
            return current;
        }).set(action);
    }

    /** POSTs a call-control action with this fixture's bearer token. */
    public RestClient.Response action(String action, Object body) {
        return rest.post("/mediaservice/" + DOMAIN + "/" + action, body, token);
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        gateway.close();
        device.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
