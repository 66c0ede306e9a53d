package io.cloudua.gateway;

import io.cloudua.api.token.JwtCodec;
import io.cloudua.gateway.api.CallControlRoutes;
import io.cloudua.gateway.api.DomainRoutes;
import io.cloudua.gateway.api.EndpointRoutes;
import io.cloudua.gateway.api.UserRoutes;
import io.cloudua.gateway.api.HealthRoutes;
import io.cloudua.gateway.call.CallContext;
import io.cloudua.gateway.call.CallRegistry;
import io.cloudua.gateway.call.CallService;
import io.cloudua.gateway.call.Destinations;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.gateway.digest.DigestGate;
import io.cloudua.sip.auth.DigestNonces;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.gateway.http.HttpServer;
import io.cloudua.gateway.http.Router;
import io.cloudua.gateway.security.AdminCredentials;
import io.cloudua.gateway.security.KeyRingFile;
import io.cloudua.gateway.webhook.WebhookClient;
import io.cloudua.gateway.security.TlsKeyStore;
import io.cloudua.sip.SipConfig;
import io.cloudua.sip.TlsConfig;
import io.cloudua.sip.SipUserAgent;
import io.cloudua.store.Database;
import io.cloudua.store.JdbcStores;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway: store, SIP user agent, HTTP API and the call layer between them, started in
 * dependency order and stopped in reverse. Used by `serve` and by the integration tests alike.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Database database;
    private final ScheduledExecutorService timers;
    private final ExecutorService api;
    private final ExecutorService webhookThreads;
    private final WebhookClient webhookClient;
    private final AdminCredentials admin;
    private final JwtCodec tokens;
    private final CallService calls;
    private final CallRegistry registry;
    private volatile SipUserAgent sip;
    private final io.cloudua.gateway.digest.DigestThrottle digestThrottle;
    private final HttpServer http;
    private volatile boolean draining;
    private final io.cloudua.gateway.metrics.GatewayMetrics metrics =
            new io.cloudua.gateway.metrics.GatewayMetrics(Version.current());
    private final Router router = new Router();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Requests waiting for an API thread before new ones are refused with 503. */
    static final int API_BACKLOG = 4096;

    private Gateway(GatewayConfig config, io.cloudua.gateway.config.HttpLimits httpLimits) throws Exception {
        this.config = config;
        Files.createDirectories(config.dataDir());
        database = Database.open(config.dbUrl(), config.dataDir(), config.dbUser(), config.dbPassword());
        database.migrate();
        timers = Executors.newScheduledThreadPool(2, named("cloudua-timer"));
        // Bounded: beyond this backlog REST requests get 503 + Retry-After at once (HttpDispatchHandler) and
        // digest checks 503 (CallService), instead of queueing without end and answering everything late.
        api = new java.util.concurrent.ThreadPoolExecutor(config.apiThreads(), config.apiThreads(), 0, TimeUnit.MILLISECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(API_BACKLOG), named("cloudua-api"));
        webhookThreads = Executors.newFixedThreadPool(4, named("cloudua-webhook"));
        admin = AdminCredentials.load(config.adminKey(), config.adminSecret(), config.dataDir());
        io.cloudua.api.token.KeyRing initialKeys = KeyRingFile.loadOrCreate(config.dataDir());
        io.cloudua.gateway.security.KeyRingWatcher keyRing = new io.cloudua.gateway.security.KeyRingWatcher(config.dataDir());
        tokens = new JwtCodec(initialKeys, Clock.systemUTC(), keyRing::changed);
        timers.scheduleWithFixedDelay(() -> {   // `cloudua keys rotate` by another process: no restart needed
            io.cloudua.api.token.KeyRing changed = keyRing.changed();
            if (changed != null) {
                try {
                    tokens.useKeys(changed);
                } catch (RuntimeException e) {
                    LOG.warn("rotated signing keys unusable, keeping the current ones: {}", e.getMessage());
                }
            }
        }, 2, 2, TimeUnit.SECONDS);
        JdbcStores stores = new JdbcStores(database.dataSource());
        DomainService domains = new DomainService(stores.domains());
        registry = new CallRegistry();
        io.cloudua.gateway.webhook.WebhookSecrets webhookSecrets = new io.cloudua.gateway.webhook.WebhookSecrets(
                stores.webhookSecrets(), io.cloudua.gateway.security.SecretCipher.loadOrCreate(config.dataDir()));
        webhookClient = new WebhookClient(config.webhookTimeout(), webhookThreads, metrics.webhooks(),
                webhookSecrets::find, new io.cloudua.gateway.webhook.RetryPolicy(httpLimits.webhookAttempts(),
                        httpLimits.webhookBackoff(), 0.2, config.noAnswerTimeout()));
        CallContext ctx = new CallContext(registry, webhookClient,
                timers, tokens, config.advertisedHost(), config.nodeId(), config.noAnswerTimeout(), config.replyIdTtl(),
                Clock.systemUTC(), metrics.calls(registry));
        io.cloudua.gateway.config.SipLimits limits = config.sipLimits();
        digestThrottle = new io.cloudua.gateway.digest.DigestThrottle(limits.digestMaxFailures(), limits.digestWindow(),
                limits.digestLockout(), 100_000, System::nanoTime);
        DigestGate digest = new DigestGate(stores.users(), new DigestNonces(
                nonceKey(tokens.keys().active().secret()), Clock.systemUTC(), Duration.ofMinutes(5)),
                config.digestAlgorithms().stream().map(a -> io.cloudua.sip.auth.DigestAlgorithm.of(a).orElseThrow()).toList(),
                digestThrottle);
        calls = new CallService(ctx, domains, () -> sip, digest, api);
        SipConfig sipConfig = new SipConfig(config.bindAddress(), config.sipPort(), config.advertisedHost(), true, true,
                config.sipThreads(), Duration.ofSeconds(1800), "cloudua")
                .withRateLimit(new io.cloudua.sip.SourceRateLimit(limits.ratePerSecond(), limits.rateBurst(), limits.rateSources()))
                .withCallLimit(new io.cloudua.sip.CallLimit(limits.callsPerSecond(), limits.callsBurst(), limits.maxCalls()));
        if (config.tls() != null) {
            TlsKeyStore.Location store = TlsKeyStore.prepare(config.tls(), config.dataDir(), config.advertisedHost());
            sipConfig = sipConfig.withTls(new TlsConfig(config.tls().port(), store.file(), store.password()));
        }
        sip = SipUserAgent.start(sipConfig, calls, timers, metrics.sip());
        new HealthRoutes(this::isReady).register(router);
        new io.cloudua.gateway.metrics.MetricsRoutes(metrics).register(router);
        new io.cloudua.gateway.api.OpenApiRoutes().register(router);
        DomainRoutes domainRoutes = new DomainRoutes(domains, admin, webhookSecrets);
        domainRoutes.register(router);
        new io.cloudua.gateway.api.WebhookSecretRoutes(webhookSecrets, domainRoutes).register(router);
        new UserRoutes(stores.users(), domainRoutes).register(router);
        new EndpointRoutes(stores.endpoints(), domainRoutes).register(router);
        new CallControlRoutes(tokens, domains, calls, config.nodeId(), new Destinations(stores.endpoints()),
                new io.cloudua.gateway.security.TokenRateLimit(httpLimits.apiRatePerSecond(), httpLimits.apiBurst(), 100_000,
                        System::nanoTime)).register(router);
        http = HttpServer.start(config.bindAddress(), config.httpPort(), router, api, metrics.http());
        metrics.bindEventLoops(http.eventLoops());
        metrics.bindAbuseCounters(abuseCounters());
        LOG.info("cloudua started: HTTP {}:{}, SIP udp+tcp {}:{}, advertised as {}, node {}, store {}",
                config.bindAddress(), http.port(), config.bindAddress(), config.sipPort(), config.advertisedHost(),
                config.nodeId(), database.vendor());
    }

    /** Starts everything or fails with the cause; nothing is left running on failure. */
    public static Gateway start(GatewayConfig config) throws Exception {
        return new Gateway(config, io.cloudua.gateway.config.HttpLimits.DEFAULTS);
    }

    /** With webhook retries and the REST rate limit per token as given. */
    public static Gateway start(GatewayConfig config, io.cloudua.gateway.config.HttpLimits httpLimits) throws Exception {
        return new Gateway(config, httpLimits);
    }

    public boolean isReady() {
        return !draining && sip != null && database.isReachable();
    }

    /**
     * Stops saying ready (/readyz answers 503) while still serving: balancers and Kamailio's dispatcher move
     * new traffic elsewhere before {@link #close()} ends what is left.
     */
    public void drain() {
        draining = true;
    }

    /**
     * Graceful shutdown (SIGTERM): /readyz and new INVITEs answer 503 at once, established calls go on for up
     * to drainTimeout, then the rest are ended with BYE (and callHungup), their webhooks flushed, and the
     * gateway closed.
     */
    public void shutdown(Duration drainTimeout) throws InterruptedException {
        drain();
        calls.stopAccepting();
        try {
            new io.cloudua.gateway.call.CallDrain(registry).run(drainTimeout);
        } finally {
            close();
        }
    }

    /** The HTTP routes this gateway serves (the OpenAPI document is checked against them). */
    public java.util.List<Router.Route> routes() {
        return router.routes();
    }

    public int httpPort() {
        return http.port();
    }

    public GatewayConfig config() {
        return config;
    }

    public AdminCredentials admin() {
        return admin;
    }

    public JwtCodec tokens() {
        return tokens;
    }

    public CallRegistry calls() {
        return registry;
    }

    public int activeSipLegs() {
        return sip.activeLegs();
    }

    /** JAIN-SIP's own dialog and transaction tables (leak checks). */
    public io.cloudua.sip.StackTables sipStackTables() {
        return sip.stackTables();
    }

    /** What the SIP defences (rate limit, request screening, digest lockout) refused so far, for metrics. */
    public io.cloudua.gateway.security.AbuseCounters abuseCounters() {
        return new io.cloudua.gateway.security.AbuseCounters() {
            @Override public long digestFailures() { return digestThrottle.failedAttempts(); }
            @Override public long digestRefused() { return digestThrottle.refusedAttempts(); }
            @Override public long sipRateLimited() { return sip.rateLimitedRequests(); }
            @Override public long sipRejected() { return sip.rejectedRequests(); }
            @Override public long callsLimited() { return sip.callsRefused(); }
        };
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        draining = true;
        http.close();
        java.util.List<io.cloudua.gateway.call.Call> live = java.util.List.copyOf(registry.all());
        sip.close();
        live.forEach(call -> call.webhooksDrained().orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join());
        timers.shutdownNow();
        api.shutdownNow();
        webhookClient.close();
        webhookThreads.shutdown();
        database.close();
        metrics.close();
        LOG.info("cloudua stopped");
    }

    /** The digest nonce key, derived from the shared signing key so every node checks every node's nonces. */
    private static byte[] nonceKey(byte[] signingSecret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(signingSecret, "HmacSHA256"));
            return mac.doFinal("cloudua digest nonces".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
