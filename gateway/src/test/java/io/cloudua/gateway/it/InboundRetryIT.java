package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * newRemoteCall to a device that answers 503 is tried three times (the default webhook-attempts), the same
 * event each time, and only then is the caller refused with 480.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundRetryIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start(Duration.ofSeconds(20), Duration.ofSeconds(2));
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void a503IsRetriedThenTheCallerGets480() throws Exception {
        fx.device.respond("newRemoteCall", 503, "{}");
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(480), fx.sipPort, "retried")
                .withVar("domain", GatewayFixture.DOMAIN).withTimeout(WAIT))) {
            result = run.await(WAIT);
        } finally {
            fx.device.respond("newRemoteCall", 200, "{}");
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        List<WebhookRecorder.Hook> tries = fx.device.all().stream()
                .filter(h -> "newRemoteCall".equals(h.event()))
                .filter(h -> h.body().path("destinationUri").asText().startsWith("sip:retried@"))
                .toList();
        assertThat(tries).hasSize(3);
        assertThat(tries).extracting(h -> h.body().path("httpTransactionId").asText()).containsOnly(
                tries.get(0).body().path("httpTransactionId").asText());
        assertThat(Duration.between(tries.get(0).receivedAt(), tries.get(2).receivedAt()))
                .as("backoff 200 ms then 400 ms, +-20%").isGreaterThanOrEqualTo(Duration.ofMillis(450));
        fx.device.await("callHungup", b -> "webhook undeliverable".equals(b.path("reason").asText()), WAIT);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }
}
