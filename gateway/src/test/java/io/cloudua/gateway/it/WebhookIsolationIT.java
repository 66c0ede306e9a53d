package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A slow webhook receiver holds up only its own calls' webhooks: SIP processing and another domain's calls
 * go on at full speed while it takes 3 s per webhook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIsolationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SLOW = "slowdomain";
    private GatewayFixture fx;
    private WebhookRecorder slowDevice;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
        slowDevice = WebhookRecorder.start();
        for (String event : List.of("callNotify", "callAnswered", "callHungup", "callFailed")) {
            slowDevice.respondWithDelay(event, Duration.ofSeconds(3));
        }
        fx.createDomain(SLOW, List.of("127.0.0.0/8"), slowDevice.baseUrl());
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
        slowDevice.close();
    }

    @Test
    void aSlowReceiverDoesNotDelayAnotherDomainsCall() throws Exception {
        String slowToken = fx.gateway.tokens().mintApiToken(SLOW, Duration.ofMinutes(5));
        try (SippRun slowFarEnd = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT));
             SippRun fastFarEnd = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT))) {
            RestClient.Response slow = fx.rest.post("/mediaservice/" + SLOW + "/placeremotecalljwt",
                    place(slowFarEnd, slowDevice.baseUrl(), "ref-slow"), slowToken);
            assertThat(slow.status()).as(slow.body()).isEqualTo(200);
            slowDevice.await("callNotify", b -> true, WAIT);   // the slow receiver is now busy for 3 s

            long started = System.nanoTime();
            RestClient.Response fast = fx.action("placeremotecalljwt", place(fastFarEnd, fx.device.baseUrl(), "ref-fast"));
            assertThat(fast.status()).as(fast.body()).isEqualTo(200);
            SippResult fastResult = fastFarEnd.await(WAIT);
            fx.device.await("callHungup", b -> "ref-fast".equals(b.path("sessionReferenceId").asText()), WAIT);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(fastResult.passed()).as(fastResult.describe()).isTrue();
            assertThat(took).as("the other domain's whole call, webhooks included").isLessThan(Duration.ofMillis(2500));
            SippResult slowResult = slowFarEnd.await(WAIT);
            assertThat(slowResult.passed()).as("SIP of the slow domain's call went on too: " + slowResult.describe()).isTrue();
        }
        slowDevice.await("callHungup", b -> "ref-slow".equals(b.path("sessionReferenceId").asText()), WAIT);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(15));
    }

    private static Map<String, Object> place(SippRun farEnd, String callbackBaseUrl, String ref) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMU");
        body.put("destinationUri", "sip:service@127.0.0.1:" + farEnd.localPort());
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31200);
        body.put("sessionReferenceId", ref);
        body.put("callbackBaseUrl", callbackBaseUrl);
        return body;
    }
}
