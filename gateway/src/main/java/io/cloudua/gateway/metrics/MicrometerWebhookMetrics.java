package io.cloudua.gateway.metrics;

import io.cloudua.gateway.webhook.DeliveryOutcome;
import io.cloudua.gateway.webhook.WebhookMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Webhook deliveries in Micrometer: {@code cloudua_webhook_deliveries_total{event,result}} and the latency
 * histogram {@code cloudua_webhook_delivery_seconds{event}}. The result is a {@link DeliveryOutcome}.
 */
final class MicrometerWebhookMetrics implements WebhookMetrics {
    private final MeterRegistry registry;

    MicrometerWebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(String event, DeliveryOutcome outcome, Duration took) {
        String e = Labels.webhookEvent(event);
        Counter.builder("cloudua.webhook.deliveries").description("Webhook deliveries, by event and result")
                .tag("event", e).tag("result", outcome.label()).register(registry).increment();
        Timer.builder("cloudua.webhook.delivery").description("Time one webhook delivery took, whatever its result")
                .tag("event", e).serviceLevelObjectives(Buckets.REQUEST).register(registry).record(took);
    }

    @Override
    public void undeliverable(String event) {
        Counter.builder("cloudua.webhook.undeliverable").description("Webhook events not delivered after every retry")
                .tag("event", Labels.webhookEvent(event)).register(registry).increment();
    }
}
