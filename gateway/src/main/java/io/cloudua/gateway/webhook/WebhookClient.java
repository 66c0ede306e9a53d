package io.cloudua.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cloudua.api.ApiJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * POSTs webhook events as JSON to {base}/{event} over pooled keep-alive connections, asynchronously: a slow
 * receiver never holds a SIP or HTTP thread. Failures come back as results, never as exceptions.
 */
public final class WebhookClient {
    private final HttpClient http;
    private final Duration timeout;
    private final WebhookMetrics metrics;

    public WebhookClient(Duration timeout, Executor executor) {
        this(timeout, executor, WebhookMetrics.NOOP);
    }

    /** @param metrics told the outcome and duration of every delivery */
    public WebhookClient(Duration timeout, Executor executor, WebhookMetrics metrics) {
        this.timeout = timeout;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** Delivers one event; the future always completes normally. */
    public CompletableFuture<WebhookResult> post(String baseUrl, String event, Object payload) {
        long started = System.nanoTime();
        byte[] body;
        try {
            body = ApiJson.mapper().writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            measure(event, DeliveryOutcome.ERROR, started);
            return CompletableFuture.completedFuture(WebhookResult.failed("cannot serialise " + event));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(join(baseUrl, event)))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "cloudua")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            measure(event, DeliveryOutcome.BAD_URL, started);
            return CompletableFuture.completedFuture(WebhookResult.failed("bad callback URL"));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        measure(event, DeliveryOutcome.ofError(error), started);
                        return WebhookResult.failed(error.getClass().getSimpleName() + ": " + error.getMessage());
                    }
                    measure(event, DeliveryOutcome.ofStatus(response.statusCode()), started);
                    return new WebhookResult(response.statusCode(), response.body(), null);
                });
    }

    private void measure(String event, DeliveryOutcome outcome, long startedNanos) {
        try {
            metrics.delivered(event, outcome, Duration.ofNanos(System.nanoTime() - startedNanos));
        } catch (RuntimeException e) {
            // metrics must never break a delivery
        }
    }

    static String join(String base, String event) {
        return base.endsWith("/") ? base + event : base + "/" + event;
    }
}
