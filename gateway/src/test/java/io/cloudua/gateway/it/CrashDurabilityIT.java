package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.testkit.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of provisioning loses nothing that was acknowledged: writers create domains and
 * users over HTTP as fast as they can, the process is SIGKILLed mid-stream (no shutdown hook, no flush),
 * restarted on the same data dir (embedded H2), and every create that got a 2xx must be there.
 */
class CrashDurabilityIT {
    private static final int WRITERS = 4;
    private static final int ACKED_BEFORE_KILL = 300;

    @Test
    void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
        Path dataDir = Files.createTempDirectory("cloudua-crash-");
        ConcurrentLinkedQueue<String> domains = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> users = new ConcurrentLinkedQueue<>();
        AtomicInteger acked = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (GatewayProcess gw = GatewayProcess.start(dataDir)) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.execute(() -> write(gw.rest, writer, domains, users, acked, stop));
            }
            while (acked.get() < ACKED_BEFORE_KILL && gw.isAlive()) {
                Thread.sleep(5);
            }
            gw.kill();
            assertThat(gw.awaitExit(Duration.ofSeconds(10))).isNotZero();
            stop.set(true);
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acked.get()).isGreaterThanOrEqualTo(ACKED_BEFORE_KILL);

        try (GatewayProcess again = GatewayProcess.start(dataDir)) {
            for (String domain : domains) {
                assertThat(get(again.rest, "/v1/psip/" + domain).status()).as("domain " + domain).isEqualTo(200);
            }
            for (String user : users) {
                assertThat(get(again.rest, user).status()).as(user).isEqualTo(200);
            }
            assertThat(again.createDomain("afterrestart", null).status()).isEqualTo(201);
        }
        System.out.printf("CrashDurabilityIT: %d acknowledged creates (%d domains, %d users) all found after SIGKILL%n",
                acked.get(), domains.size(), users.size());
    }

    /** Creates domain, then a user in it, until stopped or the gateway is gone; records what got a 2xx. */
    private static void write(RestClient rest, int writer, ConcurrentLinkedQueue<String> domains,
                              ConcurrentLinkedQueue<String> users, AtomicInteger acked, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String name = "crash" + writer + "x" + i;
            try {
                RestClient.Response d = rest.postBasic("/v1/psip/", Map.of("name", name, "application_id", "app",
                        "acl", List.of("127.0.0.0/8")), GatewayProcess.ADMIN_KEY, GatewayProcess.ADMIN_SECRET);
                if (d.status() / 100 != 2) {
                    continue;
                }
                domains.add(name);
                acked.incrementAndGet();
                RestClient.Response u = rest.postBasic("/v1/psip/" + name + "/users", Map.of("key", "user" + i,
                        "secret", "s3cret-pass"), GatewayProcess.ADMIN_KEY, GatewayProcess.ADMIN_SECRET);
                if (u.status() / 100 == 2) {
                    users.add("/v1/psip/" + name + "/users/user" + i);
                    acked.incrementAndGet();
                }
            } catch (RuntimeException connectionGone) {
                return;
            }
        }
    }

    private static RestClient.Response get(RestClient rest, String path) {
        return rest.get(path, GatewayProcess.ADMIN_KEY, GatewayProcess.ADMIN_SECRET);
    }
}
