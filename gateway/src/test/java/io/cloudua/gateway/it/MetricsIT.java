package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.docker.DockerFiles;
import io.cloudua.gateway.docker.PromQl;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /metrics of a gateway that has carried real calls (SIPp on both sides): an answered and a refused
 * inbound call, an answered outbound call and two rejected ones (486, 503), and a few REST errors. Checks the series each of
 * those must leave, Prometheus naming, bounded labels, and that every metric and label the Grafana
 * dashboard and the alert rules of docker/ query is really exported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private GatewayFixture fx;
    private PrometheusText scrape;
    private RestClient.Response response;

    @BeforeAll
    void carryCallsAndScrape() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
        inboundAnswered();
        inboundRefused();
        outbound("uas-answer-then-bye", Sipp.scenario("uas-answer-then-bye"), "callHungup");
        outbound("uas-486", Sipp.uasRejecting(486), "callFailed");
        outbound("uas-503", Sipp.uasRejecting(503), "callFailed");
        assertThat(fx.action("hangupcalljwt", Map.of("replyId", "not-a-reply-id")).status()).isEqualTo(400);
        assertThat(fx.rest.post("/mediaservice/" + GatewayFixture.DOMAIN + "/hangupcalljwt", Map.of("replyId", "x"), null)
                .status()).isEqualTo(401);
        assertThat(fx.rest.send("GET", "/no/such/path", Map.of(), null).status()).isEqualTo(404);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
        System.gc();   // so that the GC pause timer the dashboard reads has a sample
        // The device saw each webhook before the gateway saw its reply (and counted it), and a call leaves the
        // registry just before it is counted: wait for the 8 deliveries (inbound answered 3, outbound answered 3,
        // two callFailed), the 5 ended calls and the one newRemoteCall accepted to be counted.
        for (int i = 0; i < 100; i++) {
            response = fx.rest.send("GET", "/metrics", Map.of(), null);
            scrape = PrometheusText.parse(response.body());
            if (!scrape.series("jvm_gc_pause_seconds_count").isEmpty()
                    && scrape.sum("cloudua_webhook_deliveries_total", Map.of()) >= 8
                    && scrape.sum("cloudua_calls_total", Map.of()) >= 5
                    && scrape.sum("cloudua_call_invite_to_webhook_seconds_count", Map.of()) >= 1) {
                break;
            }
            Thread.sleep(50);
        }
    }

    private void inboundAnswered() throws Exception {
        fx.onHook("newRemoteCall", hook -> fx.action("answerremotecalljwt", Map.of("replyId",
                hook.body().path("replyId").asText(), "codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 30000)));
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.scenario("uac-answered-caller-bye"), fx.sipPort, "alice")
                .withVar("domain", GatewayFixture.DOMAIN).withTimeout(WAIT))) {
            SippResult result = run.await(WAIT);
            assertThat(result.passed()).as(result.describe()).isTrue();
        }
        fx.device.await("callHungup", b -> "caller hangup".equals(b.path("reason").asText()), WAIT);
        fx.onHook("newRemoteCall", hook -> { });
    }

    private void inboundRefused() throws Exception {
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(404), fx.sipPort, "bob")
                .withVar("domain", "nosuchdomain").withTimeout(WAIT))) {
            SippResult result = run.await(WAIT);
            assertThat(result.passed()).as(result.describe()).isTrue();
        }
    }

    private void outbound(String reference, java.nio.file.Path scenario, String lastHook) throws Exception {
        try (SippRun uas = Sipp.start(SippOptions.uas(scenario).withTimeout(WAIT))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("codec", "PCMU");
            body.put("destinationUri", "sip:service@127.0.0.1:" + uas.localPort());
            body.put("receiveIp", "127.0.0.1");
            body.put("receivePort", 31000);
            body.put("sessionReferenceId", reference);
            body.put("callbackBaseUrl", fx.device.baseUrl());
            assertThat(fx.action("placeremotecalljwt", body).status()).isEqualTo(200);
            SippResult result = uas.await(WAIT);
            assertThat(result.passed()).as(result.describe()).isTrue();
        }
        fx.device.await(lastHook, b -> reference.equals(b.path("sessionReferenceId").asText()), WAIT);
    }

    @AfterAll
    void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void speaksThePrometheusTextFormatOrOpenMetricsOnRequest() {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        RestClient.Response open = fx.rest.send("GET", "/metrics",
                Map.of("Accept", "application/openmetrics-text; version=1.0.0; q=0.5, text/plain; version=0.0.4; q=0.3"), null);
        assertThat(open.header("Content-Type")).startsWith("application/openmetrics-text; version=1.0.0");
        assertThat(open.body()).contains("# TYPE cloudua_calls counter").endsWith("# EOF\n");
    }

    @Test
    void countsCallsByDirectionAndOutcome() {
        assertThat(scrape.sum("cloudua_calls_total", Map.of("direction", "inbound", "outcome", "answered"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_total", Map.of("direction", "inbound", "outcome", "refused", "status_class", "4xx")))
                .isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_total", Map.of("direction", "outbound", "outcome", "answered"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_total", Map.of("direction", "outbound", "outcome", "failed", "status_class", "4xx")))
                .isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_total", Map.of("direction", "outbound", "outcome", "failed", "status_class", "5xx")))
                .isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_started_total", Map.of("direction", "inbound"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_calls_started_total", Map.of("direction", "outbound"))).isEqualTo(3);
        assertThat(scrape.sum("cloudua_calls_active", Map.of("direction", "inbound"))).isZero();
        assertThat(scrape.has("cloudua_calls_active", Map.of("direction", "outbound"))).isTrue();
    }

    @Test
    void measuresSetupLatencies() {
        assertThat(scrape.sum("cloudua_call_invite_to_answer_seconds_count", Map.of("direction", "inbound"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_invite_to_answer_seconds_count", Map.of("direction", "outbound"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_invite_to_webhook_seconds_count", Map.of())).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_invite_to_webhook_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(1);
        // The gateway's own latencies: one inbound call announced and answered; far below a second on loopback.
        assertThat(scrape.sum("cloudua_call_invite_to_webhook_sent_seconds_count", Map.of())).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_invite_to_webhook_sent_seconds_bucket", Map.of("le", "1.0"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_answer_to_200_seconds_count", Map.of())).isEqualTo(1);
        assertThat(scrape.sum("cloudua_call_answer_to_200_seconds_bucket", Map.of("le", "1.0"))).isEqualTo(1);
    }

    @Test
    void exportsTheSipDefenceCounters() {
        for (String name : java.util.List.of("cloudua_sip_digest_failures_total", "cloudua_sip_digest_refused_total",
                "cloudua_sip_rate_limited_total", "cloudua_sip_rejected_total", "cloudua_calls_limited_total")) {
            assertThat(scrape.has(name, Map.of())).as(name).isTrue();
        }
    }

    /** At least, not exactly: a UDP retransmission that reaches the user agent (a 2xx resent before our ACK) counts too. */
    @Test
    void countsSipMessagesInAndOutByMethodAndStatus() {
        assertThat(scrape.sum("cloudua_sip_requests_total", Map.of("direction", "in", "method", "INVITE"))).isGreaterThanOrEqualTo(2);
        assertThat(scrape.sum("cloudua_sip_requests_total", Map.of("direction", "out", "method", "INVITE"))).isEqualTo(3);
        assertThat(scrape.sum("cloudua_sip_requests_total", Map.of("direction", "in", "method", "ACK"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_requests_total", Map.of("direction", "in", "method", "BYE"))).isGreaterThanOrEqualTo(2);
        assertThat(scrape.sum("cloudua_sip_requests_total", Map.of("direction", "out", "method", "ACK"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "out", "method", "INVITE", "status", "100")))
                .isGreaterThanOrEqualTo(2);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "out", "method", "INVITE", "status", "200")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "out", "method", "INVITE", "status", "404")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "out", "method", "BYE", "status", "200")))
                .isGreaterThanOrEqualTo(2);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "in", "method", "INVITE", "status", "486")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "in", "method", "INVITE", "status", "503")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("cloudua_sip_responses_total", Map.of("direction", "in", "method", "INVITE", "status", "200")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.has("cloudua_sip_requests_total", Map.of("method", "OTHER"))).isFalse();
    }

    @Test
    void countsWebhookDeliveriesByEventAndResultWithLatency() {
        assertThat(scrape.sum("cloudua_webhook_deliveries_total", Map.of("event", "newRemoteCall", "result", "delivered")))
                .isEqualTo(1);
        assertThat(scrape.sum("cloudua_webhook_deliveries_total", Map.of("event", "callHungup", "result", "delivered")))
                .isEqualTo(2);
        assertThat(scrape.sum("cloudua_webhook_deliveries_total", Map.of("event", "callFailed", "result", "delivered")))
                .isEqualTo(2);
        assertThat(scrape.sum("cloudua_webhook_delivery_seconds_count", Map.of("event", "callAnswered"))).isEqualTo(2);
    }

    @Test
    void countsRestRequestsByRoutePatternAndStatus() {
        assertThat(scrape.sum("cloudua_http_requests_total", Map.of("method", "POST",
                "route", "/mediaservice/{domain}/placeremotecalljwt", "status", "200"))).isEqualTo(3);
        assertThat(scrape.sum("cloudua_http_requests_total", Map.of("route", "/mediaservice/{domain}/hangupcalljwt",
                "status", "400"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_http_requests_total", Map.of("route", "/mediaservice/{domain}/hangupcalljwt",
                "status", "401"))).isEqualTo(1);
        assertThat(scrape.sum("cloudua_http_requests_total", Map.of("route", "unmatched", "status", "404"))).isEqualTo(1);
        assertThat(scrape.has("cloudua_http_request_seconds_bucket", Map.of("route", "/v1/psip", "method", "POST"))).isTrue();
    }

    @Test
    void exportsJvmProcessAndNettyMetrics() {
        assertThat(scrape.names()).contains("jvm_memory_used_bytes", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_classes_loaded_classes", "process_cpu_usage", "system_cpu_count",
                "process_uptime_seconds", "cloudua_build_info");
        assertThat(scrape.series("cloudua_netty_eventloop_pending_tasks"))
                .anyMatch(s -> s.labels().equals(Map.of("group", "http-workers", "loop", "0")));
    }

    @Test
    void followsPrometheusNamingAndKeepsLabelsBounded() {
        Pattern uuid = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
        for (PrometheusText.Sample s : scrape.samples()) {
            if (!s.name().startsWith("cloudua_")) {
                continue;
            }
            s.labels().values().forEach(v -> assertThat(v).as(s.toString())
                    .doesNotContain("sip:", "@", "127.0.0.1", GatewayFixture.DOMAIN).doesNotContainPattern(uuid));
        }
        scrape.types().forEach((family, type) -> {
            if (family.startsWith("cloudua_") && type.equals("counter")) {
                assertThat(scrape.names()).as(family).contains(family.endsWith("_total") ? family : family + "_total");
            }
            if (family.startsWith("cloudua_") && type.equals("histogram")) {
                assertThat(family).endsWith("_seconds");
            }
        });
    }

    @Test
    void everyMetricAndLabelTheDashboardAndAlertsQueryIsExported() {
        List<String> problems = new ArrayList<>();
        for (String expr : DockerFiles.queries()) {
            Set<String> metrics = PromQl.metrics(expr);
            Set<String> labels = new java.util.TreeSet<>();
            for (String metric : metrics) {
                if (scrape.series(metric).isEmpty()) {
                    problems.add("not exported: " + metric + " in " + expr);
                }
                labels.addAll(scrape.labelNames(metric));
            }
            for (String label : PromQl.labels(expr)) {
                if (!labels.contains(label)) {
                    problems.add("no label " + label + " on " + metrics + " in " + expr);
                }
            }
            PromQl.equalities(expr).forEach((label, value) -> {
                if (metrics.stream().noneMatch(m -> scrape.has(m, Map.of(label, value)))) {
                    problems.add("no series with " + label + "=\"" + value + "\" in " + expr);
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
