package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.Gateway;
import io.cloudua.testkit.RestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The domain API over real HTTP with Basic auth, persisted in the embedded store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainApiIT {
    private static final String K = GatewayFixture.ADMIN_KEY;
    private static final String S = GatewayFixture.ADMIN_SECRET;
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = GatewayFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    private static Map<String, Object> domain(String name) {
        return Map.of("name", name, "application_id", "c49f3586-9b3b-458b-89fc-3c8beb58865c",
                "acl", List.of("50.127.127.0/29", "2001:db8::/32"), "callback_base_url", "https://device.example/hooks");
    }

    @Test
    void createGetListDelete() {
        RestClient.Response created = fx.rest.postBasic("/v1/psip/", domain("alpha1"), K, S);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("tls").asText()).isEqualTo("optional");
        assertThat(created.json().path("srtp").asText()).isEqualTo("optional");
        assertThat(created.json().path("digest_auth").asBoolean(true)).isFalse();
        assertThat(created.json().path("domain_type").asText()).isEqualTo("app");

        RestClient.Response got = fx.rest.get("/v1/psip/alpha1", K, S);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("acl").get(1).asText()).isEqualTo("2001:db8::/32");
        assertThat(got.json().path("callback_base_url").asText()).isEqualTo("https://device.example/hooks");

        assertThat(fx.rest.get("/v1/psip/", K, S).json().findValuesAsText("name")).contains("alpha1", GatewayFixture.DOMAIN);
        assertThat(fx.rest.delete("/v1/psip/alpha1", K, S).status()).isEqualTo(204);
        assertThat(fx.rest.get("/v1/psip/alpha1", K, S).status()).isEqualTo(404);
        assertThat(fx.rest.delete("/v1/psip/alpha1", K, S).status()).isEqualTo(404);
    }

    @Test
    void duplicateNameIs409() {
        assertThat(fx.rest.postBasic("/v1/psip/", domain("dupe1"), K, S).status()).isEqualTo(201);
        assertThat(fx.rest.postBasic("/v1/psip/", domain("dupe1"), K, S).status()).isEqualTo(409);
    }

    @Test
    void invalidFieldsAreNamed() {
        RestClient.Response r = fx.rest.postBasic("/v1/psip/", Map.of("name", "ab", "acl", List.of("300.1.1.1/8"),
                "tls", "sometimes"), K, S);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("fields").findValuesAsText("field")).contains("name", "application_id", "tls");
        assertThat(r.json().path("fields").findValuesAsText("field")).anyMatch(f -> f.startsWith("acl"));
    }

    @Test
    void credentialsAreRequired() {
        assertThat(fx.rest.postBasic("/v1/psip/", domain("nocreds"), null, null).status()).isEqualTo(401);
        assertThat(fx.rest.postBasic("/v1/psip/", domain("nocreds"), K, "wrong-secret").status()).isEqualTo(401);
        RestClient.Response r = fx.rest.get("/v1/psip/", "nobody", S);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void domainsSurviveARestart() throws Exception {
        assertThat(fx.rest.postBasic("/v1/psip/", domain("keeper"), K, S).status()).isEqualTo(201);
        var config = fx.gateway.config();
        fx.gateway.close();
        try (Gateway again = Gateway.start(config)) {
            RestClient rest = new RestClient("http://127.0.0.1:" + again.httpPort());
            assertThat(rest.get("/v1/psip/keeper", K, S).status()).isEqualTo(200);
        }
        // leave a running gateway for the other tests and for close()
        GatewayFixture old = fx;
        fx = GatewayFixture.start();
        old.close();
    }
}
