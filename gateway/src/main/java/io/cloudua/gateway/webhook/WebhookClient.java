package io.cloudua.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cloudua.api.ApiJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * POSTs webhook events as JSON to {base}/{event} over pooled keep-alive connections ({@link WebhookTransport}),
 * asynchronously: a slow receiver never holds a SIP or HTTP thread. Failures come back as results, never as
 * exceptions; results are completed on {@code executor}, so continuations may block briefly.
 *
 * <p>{@link #deliver} signs each try with the domain's secret ({@link WebhookSignature}, a fresh timestamp
 * per try) and retries by its {@link RetryPolicy}; waits between tries are timers, not sleeping threads.
 */
public final class WebhookClient implements AutoCloseable {
    private final WebhookTransport http;
    private final Duration timeout;
    private final WebhookMetrics metrics;
    private final Executor executor;
    private final Function<String, Optional<String>> secrets;
    private final RetryPolicy retry;

    public WebhookClient(Duration timeout, Executor executor) {
        this(timeout, executor, WebhookMetrics.NOOP);
    }

    /** @param metrics told the outcome and duration of every delivery */
    public WebhookClient(Duration timeout, Executor executor, WebhookMetrics metrics) {
        this(timeout, executor, metrics, domain -> Optional.empty(), RetryPolicy.NONE);
    }

    /**
     * @param secrets each domain's signing secret (empty: the webhook goes unsigned)
     * @param retry   when to try a failed delivery again
     */
    public WebhookClient(Duration timeout, Executor executor, WebhookMetrics metrics,
                         Function<String, Optional<String>> secrets, RetryPolicy retry) {
        this.timeout = timeout;
        this.metrics = metrics;
        this.executor = executor;
        this.secrets = secrets;
        this.retry = retry;
        this.http = new WebhookTransport(timeout.toMillis());
    }

    /** Closes every connection; deliveries not yet done fail. */
    @Override
    public void close() {
        http.close();
    }

    /**
     * Delivers one event of {@code domain}, signed, with retries; the future always completes normally, with
     * the last try's result. An event not delivered after all tries is counted as undeliverable.
     */
    public CompletableFuture<WebhookResult> deliver(String domain, String baseUrl, String event, Object payload) {
        long first = System.nanoTime();
        return attempt(domain, baseUrl, event, payload, 1, first).thenApply(result -> {
            if (!result.delivered()) {
                try {
                    metrics.undeliverable(event);
                } catch (RuntimeException e) {
                    // metrics must never break a delivery
                }
            }
            return result;
        });
    }

    private CompletableFuture<WebhookResult> attempt(String domain, String baseUrl, String event, Object payload,
                                                     int n, long firstNanos) {
        String secret;
        try {
            secret = secrets.apply(domain).orElse(null);
        } catch (RuntimeException e) {   // a store or key problem: never send a webhook we were told to sign unsigned
            return CompletableFuture.completedFuture(WebhookResult.failed("webhook secret unavailable"));
        }
        return post(baseUrl, event, payload, secret).thenCompose(result -> {
            Duration delay = retry.delayBefore(n + 1);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - firstNanos);
            if (!RetryPolicy.retryable(result) || !retry.mayTry(n + 1, elapsed, delay, timeout)) {
                return CompletableFuture.completedFuture(result);
            }
            Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, executor);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(ignored -> attempt(domain, baseUrl, event, payload, n + 1, firstNanos));
        });
    }

    /** Delivers one event once, unsigned; the future always completes normally. */
    public CompletableFuture<WebhookResult> post(String baseUrl, String event, Object payload) {
        return post(baseUrl, event, payload, null);
    }

    private CompletableFuture<WebhookResult> post(String baseUrl, String event, Object payload, String secret) {
        long started = System.nanoTime();
        byte[] body;
        try {
            body = ApiJson.mapper().writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            measure(event, DeliveryOutcome.ERROR, started);
            return CompletableFuture.completedFuture(WebhookResult.failed("cannot serialise " + event));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "cloudua");
        if (secret != null) {
            long timestamp = System.currentTimeMillis() / 1000;
            headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
            headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body));
        }
        CompletableFuture<WebhookTransport.Reply> sent;
        try {
            sent = http.post(join(baseUrl, event), body, headers);
        } catch (IllegalArgumentException e) {
            measure(event, DeliveryOutcome.BAD_URL, started);
            return CompletableFuture.completedFuture(WebhookResult.failed("bad callback URL"));
        }
        // Off the transport's event loop: what callers chain on a result (SIP sends, the next event) may block.
        return sent.thenApplyAsync(reply -> {
            if (reply.error() != null) {
                measure(event, DeliveryOutcome.ofError(reply.error()), started);
                return WebhookResult.failed(reply.error().getClass().getSimpleName() + ": " + reply.error().getMessage());
            }
            measure(event, DeliveryOutcome.ofStatus(reply.status()), started);
            return new WebhookResult(reply.status(), reply.body(), null, reply.writtenAtNanos());
        }, executor).exceptionally(e -> WebhookResult.failed("webhook executor stopped"));
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
