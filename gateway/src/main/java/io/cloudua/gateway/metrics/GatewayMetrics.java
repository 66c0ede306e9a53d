package io.cloudua.gateway.metrics;

import io.cloudua.gateway.call.CallMetrics;
import io.cloudua.gateway.call.CallRegistry;
import io.cloudua.gateway.http.HttpMetrics;
import io.cloudua.gateway.webhook.WebhookMetrics;
import io.cloudua.sip.SipMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.EventLoopGroup;
import java.util.Map;

/**
 * The one Micrometer adapter of cloudua's metrics: a Prometheus registry per gateway, the JVM and process
 * binders, and the adapters of the narrow interfaces the core knows ({@link CallMetrics}, {@link SipMetrics},
 * {@link WebhookMetrics}, {@link HttpMetrics}). Nothing outside this package imports Micrometer, so the core
 * can be measured another way, or not at all, without touching it.
 *
 * <p>A registry per gateway rather than Micrometer's global one: several gateways in one JVM (the tests)
 * must not see each other's calls.
 */
public final class GatewayMetrics implements AutoCloseable {
    /** The Prometheus text format, what Prometheus asks for by default. */
    public static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    /** OpenMetrics 1.0, when the scraper asks for it. */
    public static final String OPENMETRICS_FORMAT = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final SipMetrics sip = new MicrometerSipMetrics(registry);
    private final WebhookMetrics webhooks = new MicrometerWebhookMetrics(registry);
    private final HttpMetrics http = new MicrometerHttpMetrics(registry);

    /** @param version the build's version, exported as {@code cloudua_build_info{version}} */
    public GatewayMetrics(String version) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Gauge.builder("cloudua.build.info", () -> 1).description("The running build; the value is always 1")
                .tag("version", version).register(registry);
    }

    /** The call layer's metrics, with the active-calls gauges reading {@code live}. */
    public CallMetrics calls(CallRegistry live) {
        return new MicrometerCallMetrics(registry, live);
    }

    public SipMetrics sip() {
        return sip;
    }

    /** What the SIP defences refused, read from their own counters at scrape time. */
    public void bindAbuseCounters(io.cloudua.gateway.security.AbuseCounters abuse) {
        io.micrometer.core.instrument.FunctionCounter.builder("cloudua.sip.digest.failures", abuse, a -> a.digestFailures())
                .description("Digest attempts that failed (wrong password or unknown user)").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("cloudua.sip.digest.refused", abuse, a -> a.digestRefused())
                .description("Digest attempts refused unchecked during a brute-force lockout").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("cloudua.sip.rate.limited", abuse, a -> a.sipRateLimited())
                .description("SIP requests answered 503 by the per-source rate limit").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("cloudua.sip.rejected", abuse, a -> a.sipRejected())
                .description("Malformed SIP requests rejected before dispatch").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("cloudua.calls.limited", abuse, a -> a.callsLimited())
                .description("New calls refused with 503 by the node's call-rate-limit or max-calls").register(registry);
    }

    public WebhookMetrics webhooks() {
        return webhooks;
    }

    public HttpMetrics http() {
        return http;
    }

    /** Adds the pending-task gauges of these Netty event loop groups. */
    public void bindEventLoops(Map<String, EventLoopGroup> groups) {
        new NettyEventLoopMetrics(groups).bindTo(registry);
    }

    /** Everything in the text format of {@code contentType}: {@link #TEXT_FORMAT} or {@link #OPENMETRICS_FORMAT}. */
    public String scrape(String contentType) {
        return registry.scrape(contentType);
    }

    /** The content type to answer a scraper that sent this Accept header with (null: the text format). */
    public static String negotiate(String accept) {
        return accept != null && accept.contains("application/openmetrics-text") ? OPENMETRICS_FORMAT : TEXT_FORMAT;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
