package io.cloudua.gateway.webhook;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhooks of one call, delivered one after another in the order they happened. Each payload is built
 * when its turn comes, so it carries what the device told us meanwhile (its sessionReferenceId). An event
 * is retried (see {@link RetryPolicy}) before the next one is sent, so order holds across retries; other
 * calls' queues never wait on this one.
 */
public final class CallEventQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CallEventQueue.class);

    private final WebhookClient client;
    private final String domain;
    private final Supplier<String> callId;
    private final String traceId;
    private CompletableFuture<WebhookResult> tail = CompletableFuture.completedFuture(null);

    /** @param domain whose secret signs the call's webhooks */
    public CallEventQueue(WebhookClient client, String domain, Supplier<String> callId, String traceId) {
        this.client = client;
        this.domain = domain;
        this.callId = callId;
        this.traceId = traceId;
    }

    /** Queues one event; the future completes (normally) with how its delivery went. */
    public synchronized CompletableFuture<WebhookResult> enqueue(String baseUrl, String event, Supplier<Object> payload) {
        CompletableFuture<WebhookResult> next = tail.thenCompose(previous -> client.deliver(domain, baseUrl, event, payload.get()))
                .thenApply(result -> {
                    if (!result.delivered()) {
                        LOG.warn("webhook {} undeliverable after retries callId={} traceId={} domain={} status={} error={}",
                                event, callId.get(), traceId, domain, result.status(), result.error());
                    }
                    return result;
                });
        tail = next;
        return next;
    }

    /** Completes when every event queued so far has been tried. */
    public synchronized CompletableFuture<WebhookResult> drained() {
        return tail;
    }
}
