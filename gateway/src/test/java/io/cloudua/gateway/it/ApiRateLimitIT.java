package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.gateway.config.HttpLimits;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A token beyond its rate gets 429 with Retry-After; other tokens are not affected; it recovers after the wait. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRateLimitIT {
    private static final String DOMAIN = "ratedomain";
    private Gateway gateway;
    private RestClient rest;
    private Path dataDir;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("cloudua-rate-");
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, Ports.freeUdpAndTcpPort(), dataDir, null, null, null,
                "127.0.0.1", "it-node", Duration.ofSeconds(60), Duration.ofSeconds(3), Duration.ofHours(1),
                GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET, 1, 4);
        gateway = Gateway.start(config, new HttpLimits(3, Duration.ofMillis(200), 2, 5));
        rest = new RestClient("http://127.0.0.1:" + gateway.httpPort());
        RestClient.Response created = rest.postBasic("/v1/psip/", Map.of("name", DOMAIN, "application_id", "app",
                "acl", List.of("127.0.0.0/8")), GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() throws Exception {
        gateway.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private RestClient.Response hangup(String token) {
        return rest.post("/mediaservice/" + DOMAIN + "/hangupcalljwt", Map.of(), token);
    }

    @Test
    void beyondTheBurstATokenGets429WithRetryAfter() throws Exception {
        String busy = gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(5));
        List<Integer> statuses = new ArrayList<>();
        RestClient.Response limited = null;
        for (int i = 0; i < 10; i++) {
            RestClient.Response r = hangup(busy);
            statuses.add(r.status());
            if (r.status() == 429 && limited == null) {
                limited = r;
            }
        }
        assertThat(statuses.subList(0, 5)).as("the burst").containsOnly(400);
        assertThat(statuses).contains(429);
        assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(limited.json().path("error").asText()).isEqualTo("rate_limited");
        assertThat(limited.body()).doesNotContain("Exception");

        String other = gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(5));
        assertThat(hangup(other).status()).as("another token has its own bucket").isEqualTo(400);

        Thread.sleep(Long.parseLong(limited.header("Retry-After")) * 1000 + 100);
        assertThat(hangup(busy).status()).as("after Retry-After").isEqualTo(400);
    }
}
