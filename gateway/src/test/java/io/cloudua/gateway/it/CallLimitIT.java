package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.config.SipLimits;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.SipTrace;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The node's call limit (call-rate-limit, call-rate-burst, max-calls): beyond it new INVITEs get 503 with
 * Retry-After before any work, placeremotecall gets the API's 503 with Retry-After, the calls let through
 * complete normally, and every refusal is counted in cloudua_calls_limited_total.
 */
class CallLimitIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static List<SipTrace.Message> received(SippResult result, int status) {
        return result.trace().messages().stream()
                .filter(m -> !m.sent() && m.status() == status && "INVITE".equals(m.method())).toList();
    }

    private static Map<String, Object> place(String destination, String ref, String callback) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMA");
        body.put("destinationUri", destination);
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31004);
        body.put("sessionReferenceId", ref);
        body.put("callbackBaseUrl", callback);
        return body;
    }

    @Test
    void newCallsAboveTheRateAreRefusedAtOnceBothWays() throws Exception {
        SippRequirement.check();
        try (GatewayFixture fx = GatewayFixture.start(c -> c.withSipLimits(SipLimits.OFF.withCalls(5, 5, 0)))) {
            fx.onHook("newRemoteCall", hook -> fx.action("answerremotecalljwt", Map.of("replyId",
                    hook.body().path("replyId").asText(), "codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 30000)));
            Thread.sleep(1200);   // a full bucket: 5 tokens
            SippOptions options = SippOptions.uac(Sipp.scenario("uac-answered-or-503"), fx.sipPort, "alice")
                    .withVar("domain", GatewayFixture.DOMAIN).withCalls(40).withRate(50).withTimeout(WAIT);
            SippResult flood;
            try (SippRun run = Sipp.start(options)) {
                flood = run.await(WAIT);
            }
            assertThat(flood.passed()).as(flood.describe()).isTrue();
            List<SipTrace.Message> limited = received(flood, 503);
            List<SipTrace.Message> answered = received(flood, 200);
            assertThat(limited.size() + answered.size()).as("every INVITE got 200 or 503").isEqualTo(40);
            assertThat(answered.size()).as("the burst and the refill").isBetween(5, 20);
            assertThat(limited).allSatisfy(m -> assertThat(m.header("Retry-After")).isEqualTo("1"));
            assertThat(fx.gateway.abuseCounters().callsLimited()).isEqualTo(limited.size());
            assertThat(fx.gateway.abuseCounters().sipRateLimited()).as("not the per-source limit").isZero();
            Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));

            // Outbound calls draw on the same bucket: ten placed at once against a refilled burst of 5.
            Thread.sleep(1200);
            try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int accepted = 0;
                int refused = 0;
                for (int i = 0; i < 10; i++) {
                    RestClient.Response r = fx.action("placeremotecalljwt", place(
                            "sip:nobody@127.0.0.1:" + silent.getLocalPort(), "ref-" + i, fx.device.baseUrl()));
                    if (r.status() == 503) {
                        refused++;
                        assertThat(r.header("Retry-After")).isEqualTo("1");
                        assertThat(r.json().path("error").asText()).isNotBlank();
                    } else {
                        assertThat(r.status()).as(r.body()).isEqualTo(200);
                        accepted++;
                    }
                }
                assertThat(accepted).isBetween(5, 7);
                assertThat(refused).isEqualTo(10 - accepted);
            }
        }
    }

    @Test
    void newCallsBeyondMaxCallsAreRefusedUntilOneEnds() throws Exception {
        try (GatewayFixture fx = GatewayFixture.start(c -> c.withSipLimits(SipLimits.OFF.withCalls(0, 1, 2)));
             DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            // Two outbound calls to a far end that never answers stay in set-up: the node is full.
            for (int i = 0; i < 2; i++) {
                RestClient.Response r = fx.action("placeremotecalljwt", place(
                        "sip:nobody@127.0.0.1:" + silent.getLocalPort(), "full-" + i, fx.device.baseUrl()));
                assertThat(r.status()).as(r.body()).isEqualTo(200);
            }
            RestClient.Response third = fx.action("placeremotecalljwt", place(
                    "sip:nobody@127.0.0.1:" + silent.getLocalPort(), "full-2", fx.device.baseUrl()));
            assertThat(third.status()).isEqualTo(503);

            byte[] invite = SipTemplates.invite("limit-1", GatewayFixture.DOMAIN, "UDP",
                    "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 30002 RTP/AVP 8\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            SipWire.Answer answer = SipWire.send(SipWire.Transport.UDP, fx.sipPort, invite, Duration.ofSeconds(3));
            assertThat(answer.finalStatus()).isEqualTo(503);
            assertThat(answer.finalResponse()).contains("\nRetry-After: 5");
            assertThat(fx.gateway.abuseCounters().callsLimited()).isEqualTo(2);
            assertThat(fx.device.all().stream().filter(h -> "newRemoteCall".equals(h.event())).toList()).as("a refused INVITE is never announced").isEmpty();
        }
    }
}
