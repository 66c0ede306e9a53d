package io.cloudua.gateway.metrics;

import io.cloudua.gateway.call.Call;
import io.cloudua.gateway.call.CallMetrics;
import io.cloudua.gateway.call.CallOutcome;
import io.cloudua.gateway.call.CallRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * The call layer's metrics in Micrometer:
 * <ul>
 *   <li>{@code cloudua_calls_active{direction}}: live calls, read from the {@link CallRegistry} at scrape time;
 *   <li>{@code cloudua_calls_started_total{direction}}: calls created (CPS is its rate);
 *   <li>{@code cloudua_calls_total{direction,outcome,status_class}}: calls ended, by {@link CallOutcome};
 *   <li>{@code cloudua_call_invite_to_answer_seconds{direction}}: INVITE to answer;
 *   <li>{@code cloudua_call_invite_to_webhook_seconds}: inbound INVITE to newRemoteCall accepted by the device.
 * </ul>
 */
final class MicrometerCallMetrics implements CallMetrics {
    private final MeterRegistry registry;

    MicrometerCallMetrics(MeterRegistry registry, CallRegistry live) {
        this.registry = registry;
        for (Call.Direction direction : Call.Direction.values()) {
            Gauge.builder("cloudua.calls.active", live, calls -> calls.count(direction))
                    .description("Calls in progress on this node").tag("direction", label(direction)).register(registry);
            startedCounter(direction);
        }
    }

    @Override
    public void started(Call.Direction direction) {
        startedCounter(direction).increment();
    }

    @Override
    public void refused(int sipStatus) {
        endedCounter("inbound", CallOutcome.Kind.REFUSED.label(), CallOutcome.statusClass(sipStatus)).increment();
    }

    @Override
    public void ended(Call.Direction direction, CallOutcome outcome, Duration duration) {
        endedCounter(label(direction), outcome.kind().label(), outcome.statusClass()).increment();
    }

    @Override
    public void answered(Call.Direction direction, Duration sinceInvite) {
        Timer.builder("cloudua.call.invite.to.answer")
                .description("Time from a call's INVITE to its answer")
                .tag("direction", label(direction))
                .serviceLevelObjectives(Buckets.ANSWER)
                .register(registry).record(sinceInvite);
    }

    @Override
    public void announced(Duration sinceInvite) {
        Timer.builder("cloudua.call.invite.to.webhook")
                .description("Time from an inbound INVITE to the device accepting its newRemoteCall webhook")
                .serviceLevelObjectives(Buckets.REQUEST)
                .register(registry).record(sinceInvite);
    }

    private Counter startedCounter(Call.Direction direction) {
        return Counter.builder("cloudua.calls.started").description("Calls created: inbound INVITEs admitted, outbound calls placed")
                .tag("direction", label(direction)).register(registry);
    }

    private Counter endedCounter(String direction, String outcome, String statusClass) {
        return Counter.builder("cloudua.calls").description("Calls ended, by outcome and final SIP status class")
                .tag("direction", direction).tag("outcome", outcome).tag("status_class", statusClass)
                .register(registry);
    }

    private static String label(Call.Direction direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }
}
