package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A domain's settings enforced on SIP with real peers: digest users for callers outside the ACL, the TLS
 * policy both ways, the SRTP policy both ways, and endpoint failover for placed calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainPolicyIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String K = GatewayFixture.ADMIN_KEY;
    private static final String S = GatewayFixture.ADMIN_SECRET;
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        // SIPp computes only MD5 and reads only the first challenge: offer MD5 first here. The default
        // order (SHA-256 first) is tested with a SHA-256 caller in DigestSha256IT.
        fx = GatewayFixture.startWithTls(c -> c.withDigestAlgorithms(List.of("MD5", "SHA-256")));
        fx.createDomain(domain("digestdom", List.of("192.0.2.0/24"), Map.of("digest_auth", true)));
        assertThat(fx.rest.postBasic("/v1/psip/digestdom/users", Map.of("key", "alice", "secret", "correct-horse"), K, S).status())
                .isEqualTo(201);
        fx.createDomain(domain("srtpalways", List.of("127.0.0.0/8"), Map.of("srtp", "always")));
        fx.createDomain(domain("srtpnever", List.of("127.0.0.0/8"), Map.of("srtp", "never")));
        fx.createDomain(domain("tlsalways", List.of("127.0.0.0/8"), Map.of("tls", "always")));
        fx.createDomain(domain("tlsnever", List.of("127.0.0.0/8"), Map.of("tls", "never")));
        fx.createDomain(domain("failover", List.of("127.0.0.0/8"), Map.of()));
        // The device: answers every call (with a key when SRTP was offered), except on tlsalways where it is busy.
        fx.onHook("newRemoteCall", hook -> {
            JsonNode n = hook.body();
            String domain = n.path("domain").asText();
            String token = fx.gateway.tokens().mintApiToken(domain, Duration.ofMinutes(5));
            String path = "/mediaservice/" + domain + "/";
            if ("tlsalways".equals(domain)) {
                fx.rest.post(path + "hangupcalljwt", Map.of("replyId", n.path("replyId").asText()), token);
                return;
            }
            Map<String, Object> answer = new LinkedHashMap<>(Map.of("replyId", n.path("replyId").asText(), "codec", "PCMA",
                    "receiveIp", "127.0.0.1", "receivePort", 32000));
            if (n.has("crypto")) {
                answer.put("crypto", List.of(Map.of("suite", "AES_CM_128_HMAC_SHA1_80", "id", 1,
                        "config", "inline:d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj|2^31")));
            }
            fx.rest.post(path + "answerremotecalljwt", answer, token);
        });
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @AfterEach
    void noLeaks() throws Exception {
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    private Map<String, Object> domain(String name, List<String> acl, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("application_id", "app");
        body.put("acl", acl);
        body.put("callback_base_url", fx.device.baseUrl());
        body.putAll(extra);
        return body;
    }

    private SippResult call(Path scenario, String domain, String... extraArgs) {
        SippOptions options = SippOptions.uac(scenario, fx.sipPort, "bob").withVar("domain", domain).withTimeout(WAIT)
                .withExtraArgs(extraArgs);
        try (SippRun run = Sipp.start(options)) {
            return run.await(WAIT);
        }
    }

    private static Path scenario(String name) {
        return Sipp.scenario(name);
    }

    @Test
    void callerOutsideAclAuthenticatesWithDigestAndIsAnswered() {
        SippResult result = call(scenario("uac-digest-answered"), "digestdom", "-au", "alice", "-ap", "correct-horse",
                "-auth_uri", "bob@digestdom");
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("WWW-Authenticate: Digest").contains("algorithm=SHA-256")
                .contains("algorithm=MD5").contains("qop=\"auth\"").contains("realm=\"digestdom\"");
        fx.device.await("callHungup", b -> "digestdom".equals(b.path("domain").asText()), WAIT);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame403() {
        SippResult wrong = call(scenario("uac-digest-refused"), "digestdom", "-au", "alice", "-ap", "not-the-password",
                "-auth_uri", "bob@digestdom");
        assertThat(wrong.passed()).as(wrong.describe()).isTrue();
        SippResult unknown = call(scenario("uac-digest-refused"), "digestdom", "-au", "mallory", "-ap", "whatever",
                "-auth_uri", "bob@digestdom");
        assertThat(unknown.passed()).as(unknown.describe()).isTrue();
    }

    @Test
    void srtpAlwaysRefusesAPlainOffer() {
        SippResult result = call(Sipp.uacExpectingFinal(488), "srtpalways");
        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void srtpNeverRefusesAnSrtpOnlyOffer() {
        SippResult result = call(scenario("uac-savp-refused"), "srtpnever");
        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void srtpAlwaysTakesAnSrtpOfferAndAnswersWithTheDevicesKey() {
        SippResult result = call(scenario("uac-savp-answered"), "srtpalways");
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("m=audio 32000 RTP/SAVP 8")
                .contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj|2^31");
        JsonNode announced = fx.device.await("newRemoteCall", b -> "srtpalways".equals(b.path("domain").asText()), WAIT).body();
        assertThat(announced.path("crypto").get(0).path("suite").asText()).isEqualTo("AES_CM_128_HMAC_SHA1_80");
        assertThat(announced.path("crypto").get(0).path("id").asInt()).isEqualTo(1);
        assertThat(announced.path("crypto").get(0).path("config").asText()).startsWith("inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz");
    }

    @Test
    void tlsAlwaysRefusesUdp() {
        SippResult result = call(Sipp.uacExpectingFinal(403), "tlsalways");
        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void tlsAlwaysAdmitsTls() throws Exception {
        try (RawSipClient tls = RawSipClient.tls(fx.sipTlsPort)) {
            tls.send(tls.invite("carol", "tlsalways", "tls-admit-1", "z9hG4bK-tls-admit-1"));
            List<Integer> codes = tls.readUntilFinal();
            assertThat(codes).contains(100).last().isEqualTo(486);
            tls.send(tls.ackOfFailure("carol", "tlsalways", "tls-admit-1", "z9hG4bK-tls-admit-1"));
        }
        fx.device.await("newRemoteCall", b -> "tls-admit-1".equals(b.path("callId").asText()), WAIT);
    }

    @Test
    void tlsNeverRefusesTls() throws Exception {
        try (RawSipClient tls = RawSipClient.tls(fx.sipTlsPort)) {
            tls.send(tls.invite("dave", "tlsnever", "tls-refuse-1", "z9hG4bK-tls-refuse-1"));
            assertThat(tls.readUntilFinal()).last().isEqualTo(403);
            tls.send(tls.ackOfFailure("dave", "tlsnever", "tls-refuse-1", "z9hG4bK-tls-refuse-1"));
        }
    }

    @Test
    void placedCallsFollowTheSrtpPolicy() {
        Map<String, Object> plain = new LinkedHashMap<>(Map.of("codec", "PCMA", "destinationUri", "sip:x@127.0.0.1:9",
                "receiveIp", "127.0.0.1", "receivePort", 4000));
        RestClient.Response r = fx.rest.post("/mediaservice/srtpalways/placeremotecalljwt", plain,
                fx.gateway.tokens().mintApiToken("srtpalways", Duration.ofMinutes(5)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("fields").findValuesAsText("field")).containsExactly("crypto");
        Map<String, Object> secure = new LinkedHashMap<>(plain);
        secure.put("crypto", List.of(Map.of("suite", "AES_CM_128_HMAC_SHA1_80", "id", 1,
                "config", "inline:d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj")));
        RestClient.Response r2 = fx.rest.post("/mediaservice/srtpnever/placeremotecalljwt", secure,
                fx.gateway.tokens().mintApiToken("srtpnever", Duration.ofMinutes(5)));
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.json().path("fields").findValuesAsText("field")).containsExactly("crypto");
    }

    @Test
    void placedCallToABareUserFailsOverToTheNextEndpoint() {
        String token = fx.gateway.tokens().mintApiToken("failover", Duration.ofMinutes(5));
        try (SippRun broken = Sipp.start(SippOptions.uas(Sipp.uasRejecting(503)).withTimeout(WAIT));
             SippRun working = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTimeout(WAIT))) {
            assertThat(fx.rest.postBasic("/v1/psip/failover/endpoints", Map.of("id", "primary", "priority", 10,
                    "uri", "sip:pbx@127.0.0.1:" + broken.localPort()), K, S).status()).isEqualTo(201);
            assertThat(fx.rest.postBasic("/v1/psip/failover/endpoints", Map.of("id", "backup", "priority", 20,
                    "uri", "sip:pbx@127.0.0.1:" + working.localPort()), K, S).status()).isEqualTo(201);
            RestClient.Response placed = fx.rest.post("/mediaservice/failover/placeremotecalljwt", Map.of("codec", "PCMU",
                    "destinationUri", "alice", "receiveIp", "127.0.0.1", "receivePort", 33000,
                    "sessionReferenceId", "ref-failover"), token);
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            SippResult first = broken.await(WAIT);
            SippResult second = working.await(WAIT);
            assertThat(first.passed()).as(first.describe()).isTrue();
            assertThat(second.passed()).as(second.describe()).isTrue();
            assertThat(second.messages()).contains("INVITE sip:alice@127.0.0.1:" + working.localPort());
        }
        fx.device.await("callAnswered", b -> "ref-failover".equals(b.path("sessionReferenceId").asText()), WAIT);
        fx.device.await("callHungup", b -> "ref-failover".equals(b.path("sessionReferenceId").asText()), WAIT);
    }

    @Test
    void aBareUserWithoutEndpointsIs400() {
        RestClient.Response r = fx.rest.post("/mediaservice/srtpnever/placeremotecalljwt", Map.of("codec", "PCMU",
                "destinationUri", "alice", "receiveIp", "127.0.0.1", "receivePort", 33002),
                fx.gateway.tokens().mintApiToken("srtpnever", Duration.ofMinutes(5)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("fields").findValuesAsText("field")).containsExactly("destinationUri");
    }
}
