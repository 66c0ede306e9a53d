package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM on a real {@code cloudua serve} process with a call up: the gateway stops taking calls at once
 * (/readyz 503, a new INVITE 503, a placed call 503), lets the established call go on for --drain-timeout,
 * then ends it with BYE, delivers callHungup and exits 0.
 */
class GracefulShutdownIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int DRAIN_SECONDS = 3;

    @Test
    void sigtermDrainsThenByesThenExitsZero() throws Exception {
        SippRequirement.check();
        Path dataDir = Files.createTempDirectory("cloudua-shutdown-");
        try (WebhookRecorder device = WebhookRecorder.start();
             GatewayProcess gw = GatewayProcess.start(dataDir, "--drain-timeout", String.valueOf(DRAIN_SECONDS));
             SippRun farEnd = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer")).withTimeout(Duration.ofSeconds(60)))) {
            assertThat(gw.createDomain("drainme", device.baseUrl()).status()).isEqualTo(201);
            String token = gw.token("drainme");
            RestClient.Response placed = gw.rest.post("/mediaservice/drainme/placeremotecalljwt",
                    placeBody("sip:service@127.0.0.1:" + farEnd.localPort()), token);
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            device.await("callAnswered", b -> true, WAIT);

            gw.terminate();
            Instant termAt = Instant.now();
            awaitStatus(gw.rest, "/readyz", 503);

            SippResult refused;
            try (SippRun caller = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(503), gw.sipPort, "late")
                    .withVar("domain", "drainme.sip.example.com").withTimeout(WAIT))) {
                refused = caller.await(WAIT);
            }
            assertThat(refused.passed()).as("new INVITE while draining: " + refused.describe()).isTrue();
            assertThat(gw.rest.post("/mediaservice/drainme/placeremotecalljwt",
                    placeBody("sip:service@127.0.0.1:" + farEnd.localPort()), token).status()).isEqualTo(503);
            assertThat(device.all().stream().filter(h -> h.event().equals("callHungup"))).isEmpty();

            SippResult ended = farEnd.await(WAIT);
            Duration untilBye = Duration.between(termAt, Instant.now());
            assertThat(ended.passed()).as("established call ended with BYE: " + ended.describe()).isTrue();
            assertThat(untilBye).as("BYE came after the drain time").isGreaterThanOrEqualTo(Duration.ofSeconds(DRAIN_SECONDS - 1));
            device.await("callHungup", b -> true, WAIT);
            assertThat(gw.awaitExit(WAIT)).as(gw.log()).isZero();
            assertThat(gw.log()).contains("drain time over: ended 1 calls");
        }
    }

    private static Map<String, Object> placeBody(String destination) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMU");
        body.put("destinationUri", destination);
        body.put("sourceUser", "4611111");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31000);
        return body;
    }

    static void awaitStatus(RestClient rest, String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = rest.get(path, null, null).status();
            if (last == status) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(last).as(path).isEqualTo(status);
    }
}
