package io.cloudua.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.call.Call;
import io.cloudua.gateway.call.CallMetrics;
import io.cloudua.gateway.call.CallOutcome;
import io.cloudua.gateway.call.CallRegistry;
import io.cloudua.gateway.webhook.DeliveryOutcome;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Micrometer adapter without a gateway: names, labels, bounds and content negotiation. */
class GatewayMetricsTest {
    private final GatewayMetrics metrics = new GatewayMetrics("1.2.3");

    @AfterEach
    void close() {
        metrics.close();
    }

    private String scrape() {
        return metrics.scrape(GatewayMetrics.TEXT_FORMAT);
    }

    @Test
    void callsByDirectionAndOutcomeWithPreRegisteredZeroes() {
        CallMetrics calls = metrics.calls(new CallRegistry());
        assertThat(scrape()).contains("cloudua_calls_active{direction=\"inbound\"} 0.0",
                "cloudua_calls_started_total{direction=\"outbound\"} 0.0");
        calls.started(Call.Direction.OUTBOUND);
        calls.ended(Call.Direction.OUTBOUND, new CallOutcome(CallOutcome.Kind.FAILED, 503), Duration.ofMillis(20));
        calls.refused(403);
        calls.answered(Call.Direction.INBOUND, Duration.ofMillis(700));
        assertThat(scrape()).contains(
                "cloudua_calls_started_total{direction=\"outbound\"} 1.0",
                "cloudua_calls_total{direction=\"outbound\",outcome=\"failed\",status_class=\"5xx\"} 1.0",
                "cloudua_calls_total{direction=\"inbound\",outcome=\"refused\",status_class=\"4xx\"} 1.0",
                "cloudua_call_invite_to_answer_seconds_bucket{direction=\"inbound\",le=\"1.0\"} 1",
                "cloudua_call_invite_to_answer_seconds_bucket{direction=\"inbound\",le=\"0.5\"} 0",
                "cloudua_build_info{version=\"1.2.3\"} 1");
    }

    @Test
    void networkChosenValuesAreBounded() {
        metrics.sip().requestIn("XYZZY");
        metrics.sip().responseOut(999, "INVITE");
        metrics.http().served("BREW", "unmatched", 405, Duration.ofMillis(1));
        metrics.webhooks().delivered("somethingElse", DeliveryOutcome.DELIVERED, Duration.ofMillis(1));
        assertThat(scrape()).contains(
                "cloudua_sip_requests_total{direction=\"in\",method=\"OTHER\"} 1.0",
                "cloudua_sip_responses_total{direction=\"out\",method=\"INVITE\",status=\"other\"} 1.0",
                "cloudua_http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"405\"} 1.0",
                "cloudua_webhook_deliveries_total{event=\"other\",result=\"delivered\"} 1.0")
                .doesNotContain("XYZZY", "BREW", "somethingElse");
    }

    @Test
    void repeatedEventsAddUpOnTheirOwnSeries() {
        CallMetrics calls = metrics.calls(new CallRegistry());
        for (int i = 0; i < 2; i++) {
            metrics.sip().requestIn("INVITE");
            metrics.sip().responseIn(200, "INVITE");
            metrics.http().served("POST", "/v1/psip", 201, Duration.ofMillis(3));
            metrics.webhooks().delivered("callHungup", DeliveryOutcome.HTTP_5XX, Duration.ofMillis(7));
            metrics.webhooks().undeliverable("callHungup");
            calls.ended(Call.Direction.INBOUND, new CallOutcome(CallOutcome.Kind.ANSWERED, 200), Duration.ofSeconds(1));
            calls.answered(Call.Direction.OUTBOUND, Duration.ofMillis(300));
            calls.announced(Duration.ofMillis(20));
        }
        metrics.sip().requestOut("INVITE");
        metrics.sip().responseIn(486, "INVITE");
        metrics.http().served("POST", "/v1/psip", 400, Duration.ofMillis(3));
        assertThat(scrape()).contains(
                "cloudua_sip_requests_total{direction=\"in\",method=\"INVITE\"} 2.0",
                "cloudua_sip_requests_total{direction=\"out\",method=\"INVITE\"} 1.0",
                "cloudua_sip_responses_total{direction=\"in\",method=\"INVITE\",status=\"200\"} 2.0",
                "cloudua_sip_responses_total{direction=\"in\",method=\"INVITE\",status=\"486\"} 1.0",
                "cloudua_http_requests_total{method=\"POST\",route=\"/v1/psip\",status=\"201\"} 2.0",
                "cloudua_http_requests_total{method=\"POST\",route=\"/v1/psip\",status=\"400\"} 1.0",
                "cloudua_http_request_seconds_count{method=\"POST\",route=\"/v1/psip\"} 3",
                "cloudua_webhook_deliveries_total{event=\"callHungup\",result=\"http_5xx\"} 2.0",
                "cloudua_webhook_delivery_seconds_count{event=\"callHungup\"} 2",
                "cloudua_webhook_undeliverable_total{event=\"callHungup\"} 2.0",
                "cloudua_calls_total{direction=\"inbound\",outcome=\"answered\",status_class=\"2xx\"} 2.0",
                "cloudua_call_invite_to_answer_seconds_count{direction=\"outbound\"} 2",
                "cloudua_call_invite_to_webhook_seconds_count 2")
                .doesNotContain("cloudua_call_invite_to_answer_seconds_count{direction=\"inbound\"}");
    }

    @Test
    void pendingTasksOfEachEventLoop() {
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            metrics.bindEventLoops(Map.of("test", group));
            assertThat(scrape()).contains("cloudua_netty_eventloop_pending_tasks{group=\"test\",loop=\"0\"} 0.0",
                    "cloudua_netty_eventloop_pending_tasks{group=\"test\",loop=\"1\"} 0.0");
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void negotiatesOpenMetricsOnlyWhenAskedFor() {
        assertThat(GatewayMetrics.negotiate(null)).isEqualTo(GatewayMetrics.TEXT_FORMAT);
        assertThat(GatewayMetrics.negotiate("text/plain;version=0.0.4;q=0.3,*/*;q=0.2")).isEqualTo(GatewayMetrics.TEXT_FORMAT);
        assertThat(GatewayMetrics.negotiate("application/openmetrics-text;version=1.0.0;q=0.5,text/plain;q=0.3"))
                .isEqualTo(GatewayMetrics.OPENMETRICS_FORMAT);
        assertThat(metrics.scrape(GatewayMetrics.OPENMETRICS_FORMAT)).endsWith("# EOF\n");
    }
}
