package io.cloudua.gateway.webhook;

import java.time.Duration;

/**
 * What the webhook client tells whoever measures it: one call per delivery attempt, with how it went and
 * how long it took. A narrow interface with a no-op default, so the client does not depend on a metrics
 * library. Called on webhook threads: must be fast and never throw.
 */
public interface WebhookMetrics {

    /** Measures nothing. */
    WebhookMetrics NOOP = (event, outcome, took) -> { };

    /**
     * @param event   the webhook event name (newRemoteCall, callAnswered, ...): a small fixed set
     * @param outcome how the delivery ended
     * @param took    from the start of the POST to its outcome
     */
    void delivered(String event, DeliveryOutcome outcome, Duration took);

    /** An event that every try failed to deliver (after retries): the device never learnt of it. */
    default void undeliverable(String event) { }
}
