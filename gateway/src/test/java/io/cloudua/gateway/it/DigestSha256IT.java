package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.auth.DigestAlgorithm;
import io.cloudua.sip.auth.DigestCredentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Digest with the default challenge order (RFC 8760: SHA-256 first) and a caller that answers with
 * SHA-256 over UDP; the same answer replayed is challenged again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestSha256IT {
    private static final String DOMAIN = "shadomain";
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = GatewayFixture.start();
        fx.createDomain(Map.of("name", DOMAIN, "application_id", "app", "acl", List.of("192.0.2.0/24"), "digest_auth", true,
                "callback_base_url", fx.device.baseUrl()));
        assertThat(fx.rest.postBasic("/v1/psip/" + DOMAIN + "/users", Map.of("key", "bob", "secret", "s3cret-pass"),
                GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).status()).isEqualTo(201);
        fx.onHook("newRemoteCall", hook -> fx.rest.post("/mediaservice/" + DOMAIN + "/hangupcalljwt",
                Map.of("replyId", hook.body().path("replyId").asText()),
                fx.gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(5))));
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"?([^\",]+)\"?").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void sha256IsOfferedFirstAndAccepted() throws Exception {
        try (RawSipClient sip = RawSipClient.udp(fx.sipPort)) {
            sip.send(sip.invite("bob", DOMAIN, "sha-1", "z9hG4bK-sha-1"));
            assertThat(sip.readUntilFinal()).last().isEqualTo(401);
            String challenge = sip.header("WWW-Authenticate");
            assertThat(challenge).contains("algorithm=SHA-256").contains("realm=\"" + DOMAIN + "\"").contains("qop=\"auth\"");
            sip.send(sip.ackOfFailure("bob", DOMAIN, "sha-1", "z9hG4bK-sha-1"));

            String nonce = param(challenge, "nonce");
            String uri = "sip:bob@" + DOMAIN;
            DigestCredentials c = new DigestCredentials("bob", DOMAIN, nonce, uri, null, "SHA-256", "auth", "00000001", "c0ffee", null);
            String ha1 = DigestAlgorithm.SHA_256.hash("bob:" + DOMAIN + ":s3cret-pass");
            String response = DigestAlgorithm.SHA_256.response(ha1, "INVITE", c);
            String authorization = "Digest username=\"bob\", realm=\"" + DOMAIN + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                    + "\", response=\"" + response + "\", algorithm=SHA-256, qop=auth, nc=00000001, cnonce=\"c0ffee\"";

            sip.send(sip.invite("bob", DOMAIN, "sha-1", "z9hG4bK-sha-2", 2, authorization));
            List<Integer> admitted = sip.readUntilFinal();
            assertThat(admitted).as("admitted, then refused busy by the device").last().isEqualTo(486);
            sip.send(sip.ackOfFailure("bob", DOMAIN, "sha-1", "z9hG4bK-sha-2", 2));

            // The same nonce and nonce-count again: a replay, challenged afresh.
            sip.send(sip.invite("bob", DOMAIN, "sha-2", "z9hG4bK-sha-3", 3, authorization));
            assertThat(sip.readUntilFinal()).last().isEqualTo(401);
            sip.send(sip.ackOfFailure("bob", DOMAIN, "sha-2", "z9hG4bK-sha-3", 3));
        }
        fx.device.await("newRemoteCall", b -> "sha-1".equals(b.path("callId").asText()), Duration.ofSeconds(10));
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }
}
