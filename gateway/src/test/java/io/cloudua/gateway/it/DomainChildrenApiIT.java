package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.RestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Digest users and endpoints of a domain over real HTTP: every rule and status code of the PSIP API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainChildrenApiIT {
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

    private void domain(String name) {
        fx.createDomain(name, List.of("127.0.0.1"), null);
    }

    private static List<String> fields(RestClient.Response r) {
        return r.json().path("fields").findValuesAsText("field");
    }

    @Test
    void usersLifecycleNeverShowsASecret() {
        domain("users1");
        RestClient.Response created = fx.rest.postBasic("/v1/psip/users1/users", Map.of("key", "user-1", "secret", "mysupersecretsecret"), K, S);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("key").asText()).isEqualTo("user-1");
        assertThat(created.json().path("domain").asText()).isEqualTo("users1");
        assertThat(created.body()).doesNotContain("mysupersecretsecret").doesNotContain("secret");
        assertThat(fx.rest.postBasic("/v1/psip/users1/users", Map.of("key", "user-1", "secret", "x"), K, S).status()).isEqualTo(409);
        RestClient.Response list = fx.rest.get("/v1/psip/users1/users", K, S);
        assertThat(list.json().findValuesAsText("key")).containsExactly("user-1");
        assertThat(list.body()).doesNotContain("secret");
        assertThat(fx.rest.get("/v1/psip/users1/users/user-1", K, S).status()).isEqualTo(200);
        assertThat(fx.rest.put("/v1/psip/users1/users/user-1", Map.of("secret", "another-secret"), K, S).status()).isEqualTo(200);
        assertThat(fx.rest.put("/v1/psip/users1/users/nobody", Map.of("secret", "another-secret"), K, S).status()).isEqualTo(404);
        assertThat(fx.rest.delete("/v1/psip/users1/users/user-1", K, S).status()).isEqualTo(204);
        assertThat(fx.rest.get("/v1/psip/users1/users/user-1", K, S).status()).isEqualTo(404);
        assertThat(fx.rest.get("/v1/psip/nodomain/users", K, S).status()).isEqualTo(404);
        assertThat(fx.rest.postBasic("/v1/psip/nodomain/users", Map.of("key", "a", "secret", "b"), K, S).status()).isEqualTo(404);
    }

    @Test
    void invalidUsersAreNamed() {
        domain("users2");
        RestClient.Response r = fx.rest.postBasic("/v1/psip/users2/users", Map.of("key", "Not_Valid!"), K, S);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("key", "secret");
        RestClient.Response mismatch = fx.rest.put("/v1/psip/users2/users/abc", Map.of("key", "other", "secret", "s"), K, S);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(fields(mismatch)).contains("key");
    }

    @Test
    void atMost200UsersEvenWhenCreatesRace() throws Exception {
        domain("crowded");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String key = "u" + i;
                results.add(pool.submit(() -> fx.rest.postBasic("/v1/psip/crowded/users", Map.of("key", key, "secret", "pw"), K, S).status()));
            }
            int created = 0;
            int refused = 0;
            for (Future<Integer> f : results) {
                int status = f.get();
                if (status == 201) {
                    created++;
                } else if (status == 422) {
                    refused++;
                }
            }
            assertThat(created).isEqualTo(200);
            assertThat(refused).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.rest.get("/v1/psip/crowded/users", K, S).json().size()).isEqualTo(200);
        RestClient.Response r201 = fx.rest.postBasic("/v1/psip/crowded/users", Map.of("key", "one-more", "secret", "pw"), K, S);
        assertThat(r201.status()).isEqualTo(422);
        assertThat(r201.json().path("message").asText()).contains("200");
    }

    @Test
    void endpointsLifecycleAndOrder() {
        domain("endpts");
        RestClient.Response generated = fx.rest.postBasic("/v1/psip/endpts/endpoints", Map.of("uri", "sip:pbx@192.0.2.10:5060"), K, S);
        assertThat(generated.status()).isEqualTo(201);
        String id = generated.json().path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(generated.json().path("priority").asInt()).isEqualTo(100);
        assertThat(fx.rest.postBasic("/v1/psip/endpts/endpoints", Map.of("id", "first", "priority", 0,
                "uri", "sips:pbx@example.com"), K, S).status()).isEqualTo(201);
        assertThat(fx.rest.postBasic("/v1/psip/endpts/endpoints", Map.of("id", "first", "uri", "sip:x@example.com"), K, S).status())
                .isEqualTo(409);
        assertThat(fx.rest.get("/v1/psip/endpts/endpoints", K, S).json().findValuesAsText("id")).containsExactly("first", id);
        RestClient.Response updated = fx.rest.put("/v1/psip/endpts/endpoints/first", Map.of("priority", 100, "uri", "sip:y@example.com"), K, S);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(fx.rest.get("/v1/psip/endpts/endpoints/first", K, S).json().path("uri").asText()).isEqualTo("sip:y@example.com");
        assertThat(fx.rest.delete("/v1/psip/endpts/endpoints/first", K, S).status()).isEqualTo(204);
        assertThat(fx.rest.get("/v1/psip/endpts/endpoints/first", K, S).status()).isEqualTo(404);
    }

    @Test
    void invalidEndpointsAreNamed() {
        domain("endpts2");
        RestClient.Response r = fx.rest.postBasic("/v1/psip/endpts2/endpoints", Map.of("priority", 101, "uri", "http://x"), K, S);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("priority", "uri");
        assertThat(fields(fx.rest.postBasic("/v1/psip/endpts2/endpoints", Map.of("priority", 5), K, S))).contains("uri");
    }

    @Test
    void deletingADomainWithUsersNeedsCascade() {
        domain("parent1");
        assertThat(fx.rest.postBasic("/v1/psip/parent1/users", Map.of("key", "kid", "secret", "pw"), K, S).status()).isEqualTo(201);
        assertThat(fx.rest.postBasic("/v1/psip/parent1/endpoints", Map.of("uri", "sip:a@example.com"), K, S).status()).isEqualTo(201);
        assertThat(fx.rest.delete("/v1/psip/parent1", K, S).status()).isEqualTo(409);
        assertThat(fx.rest.delete("/v1/psip/parent1?cascade=true", K, S).status()).isEqualTo(204);
        assertThat(fx.rest.get("/v1/psip/parent1", K, S).status()).isEqualTo(404);
        domain("parent1");
        assertThat(fx.rest.get("/v1/psip/parent1/users", K, S).json().size()).isZero();
        assertThat(fx.rest.get("/v1/psip/parent1/endpoints", K, S).json().size()).isZero();
    }

    @Test
    void childResourcesNeedCredentials() {
        assertThat(fx.rest.get("/v1/psip/endpts/endpoints", null, null).status()).isEqualTo(401);
        assertThat(fx.rest.postBasic("/v1/psip/users1/users", Map.of("key", "a", "secret", "b"), K, "wrong").status()).isEqualTo(401);
    }
}
