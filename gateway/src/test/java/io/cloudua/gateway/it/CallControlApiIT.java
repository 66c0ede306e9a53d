package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.token.JwtCodec;
import io.cloudua.api.token.KeyRing;
import io.cloudua.testkit.RestClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error of the call-control API over real HTTP: 400, 401, 403, 404, 409, CORS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallControlApiIT {
    private static final String PLACE = "/mediaservice/" + GatewayFixture.DOMAIN + "/placeremotecalljwt";
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = GatewayFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private static Map<String, Object> validPlace() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMA");
        body.put("destinationUri", "sip:someone@127.0.0.1:9");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 4000);
        return body;
    }

    private static List<String> fields(RestClient.Response r) {
        return r.json().path("fields").findValuesAsText("field");
    }

    @Test
    void missingTokenIs401WithChallenge() {
        RestClient.Response r = fx.rest.post(PLACE, validPlace(), null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "eyJhbGciOiJub25lIn0.eyJkb21haW4iOiJpdGRvbWFpbiJ9."})
    void malformedOrUnsignedTokenIs401(String token) {
        assertThat(fx.rest.post(PLACE, validPlace(), token).status()).isEqualTo(401);
    }

    @Test
    void algNoneTokenIs401() {
        String header = b64("{\"alg\":\"none\",\"kid\":\"k1\"}");
        String payload = b64("{\"iss\":\"cloudua\",\"use\":\"api\",\"domain\":\"" + GatewayFixture.DOMAIN
                + "\",\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");
        assertThat(fx.rest.post(PLACE, validPlace(), header + "." + payload + ".").status()).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String forged = new JwtCodec(KeyRing.generate("k1"), Clock.systemUTC()).mintApiToken(GatewayFixture.DOMAIN, Duration.ofMinutes(5));
        assertThat(fx.rest.post(PLACE, validPlace(), forged).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIs401() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new JwtCodec(fx.gateway.tokens().keys(), past).mintApiToken(GatewayFixture.DOMAIN, Duration.ofMinutes(5));
        RestClient.Response r = fx.rest.post(PLACE, validPlace(), expired);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("message").asText()).contains("expired");
    }

    @Test
    void tokenOfAnotherDomainIs403() {
        String other = fx.gateway.tokens().mintApiToken("otherdomain", Duration.ofMinutes(5));
        assertThat(fx.rest.post(PLACE, validPlace(), other).status()).isEqualTo(403);
    }

    @Test
    void unknownDomainIs404() {
        String token = fx.gateway.tokens().mintApiToken("ghostdomain", Duration.ofMinutes(5));
        assertThat(fx.rest.post("/mediaservice/ghostdomain/placeremotecalljwt", validPlace(), token).status()).isEqualTo(404);
    }

    @Test
    void eachInvalidFieldIsNamed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "OPUS");
        body.put("destinationUri", "http://example.com/");
        body.put("receiveIp", "not-an-ip");
        body.put("receivePort", 70000);
        body.put("callbackBaseUrl", "ftp://127.0.0.1/");
        RestClient.Response r = fx.action("placeremotecalljwt", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("codec", "destinationUri", "receiveIp", "receivePort", "callbackBaseUrl");
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void notJsonIs400NamingTheBody() {
        RestClient.Response r = fx.action("placeremotecalljwt", "{not json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("body");
    }

    @Test
    void missingReplyIdIs400() {
        RestClient.Response r = fx.action("answerremotecalljwt", Map.of("codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 5000));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("replyId");
    }

    @Test
    void forgedReplyIdIs400() {
        String forged = new JwtCodec(KeyRing.generate("k1"), Clock.systemUTC())
                .mintReplyId(GatewayFixture.DOMAIN, "whatever", "it-node", Duration.ofMinutes(5));
        RestClient.Response r = fx.action("hangupcalljwt", Map.of("replyId", forged));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("replyId");
    }

    @Test
    void replyIdOfAnotherDomainIs403() {
        String foreign = fx.gateway.tokens().mintReplyId("otherdomain", "some-call", "it-node", Duration.ofMinutes(5));
        assertThat(fx.action("hangupcalljwt", Map.of("replyId", foreign)).status()).isEqualTo(403);
    }

    @Test
    void unknownCallIs404() {
        String unknown = fx.gateway.tokens().mintReplyId(GatewayFixture.DOMAIN, "no-such-call", "it-node", Duration.ofMinutes(5));
        for (String action : List.of("hangupcalljwt", "sendremotecallringbackjwt")) {
            assertThat(fx.action(action, Map.of("replyId", unknown)).status()).as(action).isEqualTo(404);
        }
    }

    @Test
    void apiTokenIsNotAReplyId() {
        assertThat(fx.action("hangupcalljwt", Map.of("replyId", fx.token)).status()).isEqualTo(400);
    }

    @Test
    void answeringAnOutboundCallIs409() {
        // A placed call that rings towards a black hole: answering it makes no sense.
        Map<String, Object> body = validPlace();
        body.put("callbackBaseUrl", fx.device.baseUrl());
        RestClient.Response placed = fx.action("placeremotecalljwt", body);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        String replyId = placed.json().path("replyId").asText();
        RestClient.Response answer = fx.action("answerremotecalljwt",
                Map.of("replyId", replyId, "codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 5000));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(fx.action("hangupcalljwt", Map.of("replyId", replyId)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"placeremotecalljwt", "answerremotecalljwt", "sendremotecallringbackjwt", "hangupcalljwt"})
    void corsPreflight(String action) {
        RestClient.Response r = fx.rest.options("/mediaservice/" + GatewayFixture.DOMAIN + "/" + action,
                Map.of("Origin", "https://device.example", "Access-Control-Request-Method", "POST"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(r.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(r.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization").containsIgnoringCase("content-type");
        JsonNode json = r.json();
        assertThat(json.isObject() && json.isEmpty()).isTrue();
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThat(fx.rest.get("/nothing-here", null, null).status()).isEqualTo(404);
        assertThat(fx.rest.get(PLACE, null, null).status()).isEqualTo(405);
    }

    @Test
    void healthAndReadiness() {
        assertThat(fx.rest.get("/healthz", null, null).status()).isEqualTo(200);
        assertThat(fx.rest.get("/readyz", null, null).status()).isEqualTo(200);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
