package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway on PostgreSQL (`--db-url`): the same migrations, provisioning that survives a restart. Uses
 * the server at 127.0.0.1:5432 (database test) in a schema of its own; it must be there in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresGatewayIT {
    private static final String BASE = System.getenv().getOrDefault("CLOUDUA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("CLOUDUA_TEST_PG_USER", "postgres");
    private final String schema = "cloudua_gw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Path dataDir;

    @BeforeAll
    void createSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(BASE, USER, null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("PostgreSQL at " + BASE + " is required for this test: " + e.getMessage(), e);
        }
        dataDir = Files.createTempDirectory("cloudua-pg-");
    }

    @AfterAll
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(BASE, USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private GatewayConfig config() {
        return new GatewayConfig("127.0.0.1", 0, Ports.freeUdpAndTcpPort(), dataDir, BASE + "?currentSchema=" + schema, USER, null,
                "127.0.0.1", "pg-node", Duration.ofSeconds(60), Duration.ofSeconds(3), Duration.ofHours(1),
                GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET, 2, 2);
    }

    @Test
    void provisioningLivesInPostgresAcrossRestarts() throws Exception {
        try (Gateway gw = Gateway.start(config())) {
            RestClient rest = new RestClient("http://127.0.0.1:" + gw.httpPort());
            assertThat(rest.postBasic("/v1/psip/", Map.of("name", "pgdomain", "application_id", "a", "acl", List.of("10.0.0.0/8")),
                    GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).status()).isEqualTo(201);
            assertThat(rest.postBasic("/v1/psip/pgdomain/users", Map.of("key", "u1", "secret", "pw"),
                    GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).status()).isEqualTo(201);
        }
        try (Gateway gw = Gateway.start(config())) {
            RestClient rest = new RestClient("http://127.0.0.1:" + gw.httpPort());
            assertThat(rest.get("/v1/psip/pgdomain", GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).json().path("acl").get(0).asText())
                    .isEqualTo("10.0.0.0/8");
            assertThat(rest.get("/v1/psip/pgdomain/users/u1", GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).status()).isEqualTo(200);
        }
        try (Connection c = DriverManager.getConnection(BASE + "?currentSchema=" + schema, USER, null);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT ha1_md5 FROM domain_users WHERE user_key = 'u1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).hasSize(32).isNotEqualTo("pw");
        }
    }
}
