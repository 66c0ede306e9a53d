package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.Ports;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Inbound calls the device does not take: a no-answer timeout (shortened to 2 s here) and a webhook
 * receiver that is not there. The caller always gets a final response, never silence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundFailuresIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void unansweredCallGets480AndCallHungup() throws Exception {
        fx.onHook("newRemoteCall", hook -> fx.action("sendremotecallringbackjwt",
                java.util.Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(480), fx.sipPort, "nobody")
                .withVar("domain", GatewayFixture.DOMAIN).withTimeout(WAIT))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "no answer".equals(b.path("reason").asText()), WAIT);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    @Test
    void undeliverableNewRemoteCallGets480() throws Exception {
        int closedPort = Ports.freeTcpPort();
        fx.createDomain("deaddevice", java.util.List.of("127.0.0.1/32"), "http://127.0.0.1:" + closedPort + "/hooks");
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(480), fx.sipPort, "someone")
                .withVar("domain", "deaddevice").withTimeout(WAIT))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    @Test
    void deviceAnsweringWithErrorStatusGets480() throws Exception {
        fx.device.respond("newRemoteCall", 500, "{}");
        try {
            SippResult result;
            try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(480), fx.sipPort, "erroring")
                    .withVar("domain", GatewayFixture.DOMAIN).withTimeout(WAIT))) {
                result = run.await(WAIT);
            }
            assertThat(result.passed()).as(result.describe()).isTrue();
        } finally {
            fx.device.respond("newRemoteCall", 200, "{}");
        }
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }
}
