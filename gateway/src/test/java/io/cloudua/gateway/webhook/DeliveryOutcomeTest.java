package io.cloudua.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** How a webhook delivery ended, as the bounded result label, and that the client reports every attempt. */
class DeliveryOutcomeTest {

    @Test
    void fromStatus() {
        assertThat(DeliveryOutcome.ofStatus(200)).isEqualTo(DeliveryOutcome.DELIVERED);
        assertThat(DeliveryOutcome.ofStatus(204)).isEqualTo(DeliveryOutcome.DELIVERED);
        assertThat(DeliveryOutcome.ofStatus(302)).isEqualTo(DeliveryOutcome.HTTP_OTHER);
        assertThat(DeliveryOutcome.ofStatus(404)).isEqualTo(DeliveryOutcome.HTTP_4XX);
        assertThat(DeliveryOutcome.ofStatus(503)).isEqualTo(DeliveryOutcome.HTTP_5XX);
    }

    @Test
    void fromErrorsIncludingWrappedOnes() {
        assertThat(DeliveryOutcome.ofError(new HttpTimeoutException("slow"))).isEqualTo(DeliveryOutcome.TIMEOUT);
        assertThat(DeliveryOutcome.ofError(new CompletionException(new HttpConnectTimeoutException("slow"))))
                .isEqualTo(DeliveryOutcome.TIMEOUT);
        assertThat(DeliveryOutcome.ofError(new CompletionException(new ConnectException("refused"))))
                .isEqualTo(DeliveryOutcome.UNREACHABLE);
        assertThat(DeliveryOutcome.ofError(new UnresolvedAddressException())).isEqualTo(DeliveryOutcome.UNREACHABLE);
        assertThat(DeliveryOutcome.ofError(new IllegalStateException("?"))).isEqualTo(DeliveryOutcome.ERROR);
        assertThat(DeliveryOutcome.TIMEOUT.label()).isEqualTo("timeout");
    }

    @Test
    void theClientReportsRefusedConnectionsAndBadUrls() throws Exception {
        List<String> seen = new ArrayList<>();
        var executor = Executors.newSingleThreadExecutor();
        try {
            WebhookClient client = new WebhookClient(Duration.ofSeconds(2), executor,
                    (event, outcome, took) -> seen.add(event + " " + outcome.label()));
            int closed;
            try (var socket = new java.net.ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            assertThat(client.post("http://127.0.0.1:" + closed + "/hooks", "callHungup", java.util.Map.of()).get().delivered())
                    .isFalse();
            assertThat(client.post("not a url", "callNotify", java.util.Map.of()).get().delivered()).isFalse();
        } finally {
            executor.shutdownNow();
        }
        assertThat(seen).containsExactly("callHungup unreachable", "callNotify bad_url");
    }
}
