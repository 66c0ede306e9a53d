package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The toll-fraud guard: a domain's token can place direct SIP calls only to the hosts or CIDRs in the domain's
 * {@code allowed_destinations}; anything else is a 403 naming destinationUri, and no INVITE leaves the gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TollFraudIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private void domain(String name, List<String> allowed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("application_id", "app");
        body.put("acl", List.of("127.0.0.0/8"));
        body.put("callback_base_url", fx.device.baseUrl());
        body.put("allowed_destinations", allowed);
        fx.createDomain(body);
    }

    private RestClient.Response place(String domain, String destinationUri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMU");
        body.put("destinationUri", destinationUri);
        body.put("sourceUser", "4611111");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31000);
        return fx.rest.post("/mediaservice/" + domain + "/placeremotecalljwt", body,
                fx.gateway.tokens().mintApiToken(domain, Duration.ofMinutes(5)));
    }

    private static void assertRefused(RestClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.json().path("error").asText()).isEqualTo("destination_not_allowed");
        assertThat(r.json().path("fields").get(0).path("field").asText()).isEqualTo("destinationUri");
    }

    @Test
    void byDefaultADomainMayNotDialAnyHost() throws Exception {
        domain("nodirect", List.of());
        try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(Duration.ofSeconds(3)))) {
            assertRefused(place("nodirect", "sip:service@127.0.0.1:" + uas.localPort()));
            assertRefused(place("nodirect", "sip:premium@198.51.100.7"));
            assertRefused(place("nodirect", "sips:premium@[2001:db8::1]:5061"));
            assertRefused(place("nodirect", "sip:premium@carrier.example;transport=tcp"));
            assertThat(uas.await(Duration.ofSeconds(10)).messages()).doesNotContain("INVITE sip:");
        }
        assertThat(fx.gateway.calls().size()).isZero();
        assertThat(fx.rest.get("/v1/psip/nodirect", GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).json()
                .has("allowed_destinations")).isFalse();
    }

    @Test
    void hostNameEntriesMatchOnlyThatNameNeverItsAddress() {
        domain("namedonly", List.of("pbx.carrier.example"));
        assertRefused(place("namedonly", "sip:service@127.0.0.1:5999"));
        assertRefused(place("namedonly", "sip:service@evil.pbx.carrier.example"));
        assertThat(fx.rest.get("/v1/psip/namedonly", GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).json()
                .path("allowed_destinations").get(0).asText()).isEqualTo("pbx.carrier.example");
    }

    @Test
    void allowedCidrCallsGoThroughAndAnUpdateOpensAHost() throws Exception {
        domain("cidrcalls", List.of("127.0.0.1/32"));
        assertRefused(place("cidrcalls", "sip:service@127.0.0.2:5999"));
        SippResult result;
        try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT))) {
            RestClient.Response placed = place("cidrcalls", "sip:service@127.0.0.1:" + uas.localPort());
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();

        Map<String, Object> update = new LinkedHashMap<>();
        update.put("application_id", "app");
        update.put("acl", List.of("127.0.0.0/8"));
        update.put("callback_base_url", fx.device.baseUrl());
        update.put("allowed_destinations", List.of("127.0.0.1/32", "localhost"));
        RestClient.Response put = fx.rest.put("/v1/psip/cidrcalls", update, GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(put.status()).as(put.body()).isBetween(200, 204);
        try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT))) {
            RestClient.Response placed = place("cidrcalls", "sip:service@localhost:" + uas.localPort());
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void invalidEntriesAreA400() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "badentries");
        body.put("application_id", "app");
        body.put("acl", List.of("127.0.0.0/8"));
        body.put("allowed_destinations", List.of("127.0.0.0/8", "sip:x@y"));
        RestClient.Response r = fx.rest.postBasic("/v1/psip/", body, GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("fields").get(0).path("field").asText()).isEqualTo("allowed_destinations[1]");
    }
}
