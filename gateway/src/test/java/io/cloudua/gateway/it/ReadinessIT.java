package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * /healthz says the process lives; /readyz says whether to send it calls: 503 once the store stops answering
 * (here an H2 server over TCP that the test stops) and once the gateway drains for shutdown.
 */
class ReadinessIT {
    private final java.util.List<Path> dataDirs = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void deleteDataDirs() throws java.io.IOException {
        for (Path dir : dataDirs) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void notReadyWhenTheStoreIsUnreachableButStillAlive() throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try (Gateway gateway = start("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:readiness;DB_CLOSE_DELAY=-1")) {
            RestClient rest = new RestClient("http://127.0.0.1:" + gateway.httpPort());
            assertThat(get(rest, "/readyz")).isEqualTo(200);
            h2.stop();
            assertThat(get(rest, "/readyz")).isEqualTo(503);
            assertThat(get(rest, "/healthz")).isEqualTo(200);
        } finally {
            h2.stop();
        }
    }

    @Test
    void notReadyWhileDraining() throws Exception {
        try (Gateway gateway = start(null)) {
            RestClient rest = new RestClient("http://127.0.0.1:" + gateway.httpPort());
            assertThat(get(rest, "/readyz")).isEqualTo(200);
            gateway.drain();
            RestClient.Response readyz = rest.send("GET", "/readyz", Map.of(), null);
            assertThat(readyz.status()).isEqualTo(503);
            assertThat(readyz.json().path("status").asText()).isEqualTo("not ready");
            assertThat(get(rest, "/healthz")).isEqualTo(200);
        }
    }

    private static int get(RestClient rest, String path) {
        return rest.send("GET", path, Map.of(), null).status();
    }

    private Gateway start(String dbUrl) throws Exception {
        Path dataDir = Files.createTempDirectory("cloudua-ready-");
        dataDirs.add(dataDir);
        return Gateway.start(new GatewayConfig("127.0.0.1", 0, Ports.freeUdpAndTcpPort(), dataDir, dbUrl, null, null,
                "127.0.0.1", "ready-node", Duration.ofSeconds(60), Duration.ofSeconds(3), Duration.ofHours(1),
                "ready-admin", "ready-admin-secret", 2, 2));
    }
}
