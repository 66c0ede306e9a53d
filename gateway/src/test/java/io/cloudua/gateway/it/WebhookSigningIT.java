package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.webhook.WebhookSignature;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks are signed with the domain's secret, which the device gets once (201 of the domain's creation, or
 * its rotation) and which is never shown again nor stored in clear. The device's check is
 * {@link WebhookSignature#verify}, the same as the documented Python snippet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookSigningIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DOMAIN = "signdomain";
    private GatewayFixture fx;
    private String secret;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
        RestClient.Response created = fx.createDomain(DOMAIN, List.of("127.0.0.0/8"), fx.device.baseUrl());
        secret = created.json().path("webhook_secret").asText();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void aWebhookVerifiesWithTheSecretFromTheCreationAndNotWhenTamperedOrStale() {
        WebhookRecorder.Hook answered = placeAnsweredCall("ref-signed", secret);
        String timestamp = answered.header(WebhookSignature.TIMESTAMP_HEADER);
        String signature = answered.header(WebhookSignature.SIGNATURE_HEADER);
        long now = System.currentTimeMillis() / 1000;
        assertThat(signature).startsWith("v1=");
        assertThat(WebhookSignature.verify(secret, timestamp, answered.raw(), signature, now, 300)).isTrue();

        byte[] tampered = new String(answered.raw(), StandardCharsets.UTF_8).replace("ref-signed", "ref-forged")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.verify(secret, timestamp, tampered, signature, now, 300)).isFalse();
        assertThat(WebhookSignature.verify(secret, timestamp, answered.raw(), signature, now + 600, 300))
                .as("replayed ten minutes later").isFalse();
        assertThat(WebhookSignature.verify(secret, Long.toString(Long.parseLong(timestamp) + 600), answered.raw(),
                signature, now + 600, 300)).as("timestamp moved forward").isFalse();
        assertThat(WebhookSignature.verify("whsec_other", timestamp, answered.raw(), signature, now, 300)).isFalse();
    }

    @Test
    void readsNeverShowTheSecret() {
        RestClient.Response one = fx.rest.get("/v1/psip/" + DOMAIN, GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        RestClient.Response all = fx.rest.get("/v1/psip/", GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(one.status()).isEqualTo(200);
        for (RestClient.Response r : List.of(one, all)) {
            assertThat(r.body()).doesNotContain("webhook_secret").doesNotContain(secret);
        }
    }

    @Test
    void theDatabaseHoldsOnlyTheSealedSecret() throws Exception {
        String url = "jdbc:h2:file:" + fx.dataDir().toAbsolutePath().normalize().resolve("cloudua") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT sealed FROM webhook_secrets WHERE domain = '" + DOMAIN + "'")) {
            assertThat(rs.next()).isTrue();
            String sealed = rs.getString(1);
            assertThat(sealed).isNotBlank().doesNotContain(secret).doesNotContain(secret.substring(6, 30));
        }
    }

    @Test
    void rotationAnswersANewSecretOnceWhichThenSigns() {
        RestClient.Response unauthorized = fx.rest.postBasic("/v1/psip/" + DOMAIN + "/webhook-secret", Map.of(), "x", "y");
        assertThat(unauthorized.status()).isEqualTo(401);
        RestClient.Response missing = fx.rest.postBasic("/v1/psip/nosuchdomain/webhook-secret", Map.of(),
                GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(missing.status()).isEqualTo(404);
        RestClient.Response rotated = fx.rest.postBasic("/v1/psip/" + DOMAIN + "/webhook-secret", Map.of(),
                GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().path("webhook_secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(secret);
        String old = secret;
        secret = fresh;

        WebhookRecorder.Hook answered = placeAnsweredCall("ref-rotated", fresh);
        long now = System.currentTimeMillis() / 1000;
        String timestamp = answered.header(WebhookSignature.TIMESTAMP_HEADER);
        String signature = answered.header(WebhookSignature.SIGNATURE_HEADER);
        assertThat(WebhookSignature.verify(fresh, timestamp, answered.raw(), signature, now, 300)).isTrue();
        assertThat(WebhookSignature.verify(old, timestamp, answered.raw(), signature, now, 300)).isFalse();
    }

    /** Places a call of DOMAIN (its callbackBaseUrl given per call) that SIPp answers; returns its callAnswered. */
    private WebhookRecorder.Hook placeAnsweredCall(String sessionRef, String expectedSecret) {
        String token = fx.gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(5));
        SippResult result;
        try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("codec", "PCMU");
            body.put("destinationUri", "sip:service@127.0.0.1:" + uas.localPort());
            body.put("receiveIp", "127.0.0.1");
            body.put("receivePort", 31100);
            body.put("sessionReferenceId", sessionRef);
            body.put("callbackBaseUrl", fx.device.baseUrl());
            RestClient.Response placed = fx.rest.post("/mediaservice/" + DOMAIN + "/placeremotecalljwt", body, token);
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        return fx.device.await("callAnswered", b -> sessionRef.equals(b.path("sessionReferenceId").asText()), WAIT);
    }
}
