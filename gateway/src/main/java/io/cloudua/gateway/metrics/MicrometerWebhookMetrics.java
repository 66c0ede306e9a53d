package io.cloudua.gateway.metrics;

import io.cloudua.gateway.webhook.DeliveryOutcome;
import io.cloudua.gateway.webhook.WebhookMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Webhook deliveries in Micrometer: {@code cloudua_webhook_deliveries_total{event,result}} and the latency
 * histogram {@code cloudua_webhook_delivery_seconds{event}}. The result is a {@link DeliveryOutcome}. Meters
 * are registered at first use and then kept (see {@link MeterCache}).
 */
final class MicrometerWebhookMetrics implements WebhookMetrics {
    private record DeliveryKey(String event, DeliveryOutcome outcome) { }

    private final MeterCache<DeliveryKey, Counter> deliveries;
    private final MeterCache<String, Timer> delivery;
    private final MeterCache<String, Counter> undeliverable;

    MicrometerWebhookMetrics(MeterRegistry registry) {
        deliveries = new MeterCache<>(k -> Counter.builder("cloudua.webhook.deliveries")
                .description("Webhook deliveries, by event and result")
                .tag("event", k.event()).tag("result", k.outcome().label()).register(registry));
        delivery = new MeterCache<>(event -> Timer.builder("cloudua.webhook.delivery")
                .description("Time one webhook delivery took, whatever its result")
                .tag("event", event).serviceLevelObjectives(Buckets.REQUEST).register(registry));
        undeliverable = new MeterCache<>(event -> Counter.builder("cloudua.webhook.undeliverable")
                .description("Webhook events not delivered after every retry")
                .tag("event", event).register(registry));
    }

    @Override
    public void delivered(String event, DeliveryOutcome outcome, Duration took) {
        String e = Labels.webhookEvent(event);
        deliveries.get(new DeliveryKey(e, outcome)).increment();
        delivery.get(e).record(took);
    }

    @Override
    public void undeliverable(String event) {
        undeliverable.get(Labels.webhookEvent(event)).increment();
    }
}
