package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * domain_type trunk: an INVITE whose Request-URI names no domain (a DID at our address) is admitted to the
 * trunk domain whose ACL holds the source; trunks admit by ACL only, never by digest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrunkDomainIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
        fx.createDomain(Map.of("name", "trunkone", "application_id", "app", "acl", List.of("127.0.0.0/8"),
                "domain_type", "trunk", "callback_base_url", fx.device.baseUrl()));
        fx.createDomain(Map.of("name", "trunktwo", "application_id", "app", "acl", List.of("192.0.2.0/24"),
                "domain_type", "trunk", "digest_auth", true, "callback_base_url", fx.device.baseUrl()));
        fx.onHook("newRemoteCall", hook -> fx.rest.post("/mediaservice/trunkone/answerremotecalljwt",
                Map.of("replyId", hook.body().path("replyId").asText(), "codec", "PCMU", "receiveIp", "127.0.0.1",
                        "receivePort", 34000), fx.gateway.tokens().mintApiToken("trunkone", Duration.ofMinutes(5))));
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void aDidAtOurAddressGoesToTheTrunkOfTheSource() throws Exception {
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.scenario("uac-answered-caller-bye"), fx.sipPort, "+4687654321")
                .withTimeout(WAIT))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("newRemoteCall", b -> "trunkone".equals(b.path("domain").asText())
                && b.path("destinationUri").asText().startsWith("sip:+4687654321@127.0.0.1"), WAIT);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    @Test
    void trunksDoNotFallBackToDigest() throws Exception {
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.uacExpectingFinal(403), fx.sipPort, "+46111")
                .withVar("domain", "trunktwo").withTimeout(WAIT))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
    }
}
