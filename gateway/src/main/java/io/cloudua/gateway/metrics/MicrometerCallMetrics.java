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
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The call layer's metrics in Micrometer:
 * <ul>
 *   <li>{@code cloudua_calls_active{direction}}: live calls, read from the {@link CallRegistry} at scrape time;
 *   <li>{@code cloudua_calls_started_total{direction}}: calls created (CPS is its rate);
 *   <li>{@code cloudua_calls_total{direction,outcome,status_class}}: calls ended, by {@link CallOutcome};
 *   <li>{@code cloudua_call_invite_to_answer_seconds{direction}}: INVITE to answer;
 *   <li>{@code cloudua_call_invite_to_webhook_seconds}: inbound INVITE to newRemoteCall accepted by the device;
 *   <li>{@code cloudua_call_invite_to_webhook_sent_seconds}: inbound INVITE to newRemoteCall written to the device;
 *   <li>{@code cloudua_call_answer_to_200_seconds}: answerremotecalljwt read to the 200 OK handed to SIP.
 * </ul>
 */
final class MicrometerCallMetrics implements CallMetrics {
    private record EndedKey(String direction, String outcome, String statusClass) { }

    private final MeterRegistry registry;
    /** Kept rather than looked up per event (see {@link MeterCache}); registered up front, as before. */
    private final Map<Call.Direction, Counter> started = new EnumMap<>(Call.Direction.class);
    private final MeterCache<EndedKey, Counter> ended;
    private final MeterCache<Call.Direction, Timer> toAnswer;
    /** Registered at the first announced call, as before; a racing second registration gets the same timer. */
    private volatile Timer toWebhook;
    private final Timer toWebhookSent;
    private final Timer answerTo200;

    MicrometerCallMetrics(MeterRegistry registry, CallRegistry live) {
        this.registry = registry;
        for (Call.Direction direction : Call.Direction.values()) {
            Gauge.builder("cloudua.calls.active", live, calls -> calls.count(direction))
                    .description("Calls in progress on this node").tag("direction", label(direction)).register(registry);
            started.put(direction, Counter.builder("cloudua.calls.started")
                    .description("Calls created: inbound INVITEs admitted, outbound calls placed")
                    .tag("direction", label(direction)).register(registry));
        }
        ended = new MeterCache<>(k -> Counter.builder("cloudua.calls")
                .description("Calls ended, by outcome and final SIP status class")
                .tag("direction", k.direction()).tag("outcome", k.outcome()).tag("status_class", k.statusClass())
                .register(registry));
        toAnswer = new MeterCache<>(direction -> Timer.builder("cloudua.call.invite.to.answer")
                .description("Time from a call's INVITE to its answer")
                .tag("direction", label(direction))
                .serviceLevelObjectives(Buckets.ANSWER)
                .register(registry));
        toWebhookSent = Timer.builder("cloudua.call.invite.to.webhook.sent")
                .description("The gateway's own set-up latency: inbound INVITE to its newRemoteCall written to the device")
                .serviceLevelObjectives(Buckets.OWN).register(registry);
        answerTo200 = Timer.builder("cloudua.call.answer.to.200")
                .description("The gateway's own answer latency: answerremotecalljwt read to the 200 OK handed to SIP")
                .serviceLevelObjectives(Buckets.OWN).register(registry);
    }

    @Override
    public void webhookSent(Duration sinceInvite) {
        toWebhookSent.record(sinceInvite);
    }

    @Override
    public void answerSent(Duration sinceRequest) {
        answerTo200.record(sinceRequest);
    }

    @Override
    public void started(Call.Direction direction) {
        started.get(direction).increment();
    }

    @Override
    public void refused(int sipStatus) {
        ended.get(new EndedKey("inbound", CallOutcome.Kind.REFUSED.label(), CallOutcome.statusClass(sipStatus))).increment();
    }

    @Override
    public void ended(Call.Direction direction, CallOutcome outcome, Duration duration) {
        ended.get(new EndedKey(label(direction), outcome.kind().label(), outcome.statusClass())).increment();
    }

    @Override
    public void answered(Call.Direction direction, Duration sinceInvite) {
        toAnswer.get(direction).record(sinceInvite);
    }

    @Override
    public void announced(Duration sinceInvite) {
        Timer timer = toWebhook;
        if (timer == null) {
            timer = Timer.builder("cloudua.call.invite.to.webhook")
                    .description("Time from an inbound INVITE to the device accepting its newRemoteCall webhook")
                    .serviceLevelObjectives(Buckets.REQUEST)
                    .register(registry);
            toWebhook = timer;
        }
        timer.record(sinceInvite);
    }

    private static String label(Call.Direction direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }
}
