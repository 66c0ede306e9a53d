package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.config.SipLimits;
import io.cloudua.testkit.SipTrace;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-source rate limit for new INVITE, REGISTER and OPTIONS: SIPp calls at ten times the limit get
 * 503 + Retry-After beyond the burst, the calls let through are answered and hung up normally (their BYEs,
 * inside a dialog, are never limited), and once the bucket has refilled, calls within the limit all
 * succeed. A limit of 5/s with a burst of 5 here; the default is 50/s with a burst of 100.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipRateLimitIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start(c -> c.withSipLimits(SipLimits.DEFAULTS.withRate(5, 5)));
        fx.onHook("newRemoteCall", hook -> fx.action("answerremotecalljwt", Map.of("replyId",
                hook.body().path("replyId").asText(), "codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 30000)));
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private SippResult calls(int count, double rate) {
        SippOptions options = SippOptions.uac(Sipp.scenario("uac-answered-or-503"), fx.sipPort, "alice")
                .withVar("domain", GatewayFixture.DOMAIN).withCalls(count).withRate(rate).withTimeout(WAIT);
        try (SippRun run = Sipp.start(options)) {
            return run.await(WAIT);
        }
    }

    /** The bucket holds 5 tokens and refills at 5/s: after 1.2 s of quiet it is full whatever came before. */
    private static void awaitFullBucket() throws InterruptedException {
        Thread.sleep(1200);
    }

    private static List<SipTrace.Message> received(SippResult result, int status) {
        return result.trace().messages().stream()
                .filter(m -> !m.sent() && m.status() == status && "INVITE".equals(m.method())).toList();
    }

    @Test
    void callsAboveTheLimitGet503WithRetryAfterAndCallsWithinItSucceed() throws Exception {
        awaitFullBucket();
        long before = fx.gateway.abuseCounters().sipRateLimited();
        SippResult flood = calls(40, 50);
        assertThat(flood.passed()).as(flood.describe()).isTrue();
        List<SipTrace.Message> limited = received(flood, 503);
        List<SipTrace.Message> answered = received(flood, 200);
        System.out.println("[rate-limit] 40 INVITEs at 50/s against 5/s, burst 5: " + answered.size() + " answered, "
                + limited.size() + " refused 503");
        assertThat(limited.size() + answered.size()).as("every INVITE got 200 or 503").isEqualTo(40);
        assertThat(answered.size()).as("the burst and the refill were let through").isBetween(5, 20);
        assertThat(limited.size()).as("the rest was refused").isGreaterThanOrEqualTo(20);
        assertThat(limited).allSatisfy(m -> assertThat(m.header("Retry-After")).isEqualTo("1"));
        assertThat(fx.gateway.abuseCounters().sipRateLimited() - before).isEqualTo(limited.size());

        awaitFullBucket();
        SippResult polite = calls(4, 2);
        assertThat(polite.passed()).as(polite.describe()).isTrue();
        assertThat(received(polite, 200)).as("calls within the limit").hasSize(4);
        assertThat(received(polite, 503)).isEmpty();
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    @Test
    void optionsFromOneAddressAreLimitedAsWell() throws Exception {
        awaitFullBucket();
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            byte[] options = SipTemplates.options("rl-" + i, GatewayFixture.DOMAIN, "UDP", "").getBytes(StandardCharsets.US_ASCII);
            SipWire.Answer a = SipWire.send(SipWire.Transport.UDP, fx.sipPort, options, Duration.ofSeconds(2));
            if (a.finalStatus() == 503) {
                limited++;
                assertThat(a.finalResponse()).contains("\nRetry-After: 1");
            } else {
                assertThat(a.finalStatus()).isEqualTo(200);
            }
        }
        assertThat(limited).as("12 OPTIONS at once against a burst of 5").isGreaterThanOrEqualTo(5);
    }
}
