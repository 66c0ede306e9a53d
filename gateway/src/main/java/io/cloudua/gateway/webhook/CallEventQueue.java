package io.cloudua.gateway.webhook;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhooks of one call, delivered one after another in the order they happened. Each payload is built
 * when its turn comes, so it carries what the device told us meanwhile (its sessionReferenceId).
 */
public final class CallEventQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CallEventQueue.class);

    private final WebhookClient client;
    private final Supplier<String> callId;
    private final String traceId;
    private CompletableFuture<WebhookResult> tail = CompletableFuture.completedFuture(null);

    public CallEventQueue(WebhookClient client, Supplier<String> callId, String traceId) {
        this.client = client;
        this.callId = callId;
        this.traceId = traceId;
    }

    /** Queues one event; the future completes (normally) with how its delivery went. */
    public synchronized CompletableFuture<WebhookResult> enqueue(String baseUrl, String event, Supplier<Object> payload) {
        CompletableFuture<WebhookResult> next = tail.thenCompose(previous -> client.post(baseUrl, event, payload.get()))
                .thenApply(result -> {
                    if (!result.delivered()) {
                        LOG.warn("webhook {} not delivered callId={} traceId={} status={} error={}",
                                event, callId.get(), traceId, result.status(), result.error());
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
