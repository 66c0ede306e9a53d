package io.cloudua.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries on 5xx and on no answer, not on 4xx; bounded; in order per call; undeliverable events counted. */
class WebhookRetryTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> undeliverable = new CopyOnWriteArrayList<>();
    private final WebhookMetrics metrics = new WebhookMetrics() {
        @Override public void delivered(String event, DeliveryOutcome outcome, Duration took) { }
        @Override public void undeliverable(String event) { undeliverable.add(event); }
    };
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        executor.shutdownNow();
    }

    private String serve(List<Integer> statuses, List<String> seen) throws Exception {
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/hooks", exchange -> {
            seen.add(exchange.getRequestURI().getPath().substring("/hooks/".length()));
            int i = n.getAndIncrement();
            exchange.sendResponseHeaders(i < statuses.size() ? statuses.get(i) : 200, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    private WebhookClient client(int attempts) {
        return new WebhookClient(Duration.ofSeconds(2), executor, metrics, d -> Optional.of("whsec_x"),
                new RetryPolicy(attempts, Duration.ofMillis(20), 0.2, Duration.ofSeconds(30)));
    }

    @Test
    void a5xxIsRetriedUntilDeliveredAndOrderHolds() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        String base = serve(List.of(503, 500), seen);
        CallEventQueue queue = new CallEventQueue(client(3), "d", () -> "call-1", "trace");
        var first = queue.enqueue(base, "first", () -> Map.of("n", 1));
        var second = queue.enqueue(base, "second", () -> Map.of("n", 2));
        assertThat(first.get(5, TimeUnit.SECONDS).delivered()).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS).delivered()).isTrue();
        assertThat(seen).containsExactly("first", "first", "first", "second");
        assertThat(undeliverable).isEmpty();
    }

    @Test
    void a4xxIsFinalAndCounted() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        String base = serve(List.of(400), seen);
        assertThat(client(3).deliver("d", base, "callHungup", Map.of()).get(5, TimeUnit.SECONDS).status()).isEqualTo(400);
        assertThat(seen).containsExactly("callHungup");
        assertThat(undeliverable).containsExactly("callHungup");
    }

    @Test
    void aDeadReceiverIsTriedAtMostAttemptsTimesThenCounted() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        long started = System.nanoTime();
        WebhookResult result = client(3).deliver("d", "http://127.0.0.1:" + closed + "/hooks", "newRemoteCall", Map.of())
                .get(10, TimeUnit.SECONDS);
        assertThat(result.delivered()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("two backoffs of ~20 and ~40 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(40));
        assertThat(undeliverable).containsExactly("newRemoteCall");
    }

    @Test
    void retriesStopWhenTheNextTryWouldOverrunTheBudget() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), 0, Duration.ofSeconds(6));
        assertThat(policy.mayTry(2, Duration.ofSeconds(5), policy.delayBefore(2), Duration.ofSeconds(5))).isFalse();
        assertThat(policy.mayTry(2, Duration.ZERO, policy.delayBefore(2), Duration.ofSeconds(5))).isTrue();
        assertThat(policy.mayTry(6, Duration.ZERO, Duration.ZERO, Duration.ZERO)).isFalse();
        assertThat(policy.delayBefore(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofMillis(800));
    }
}
