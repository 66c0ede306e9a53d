package io.cloudua.gateway.call;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.call.Crypto;
import io.cloudua.gateway.logging.LogLine;
import io.cloudua.gateway.webhook.CallEventQueue;
import io.cloudua.gateway.webhook.WebhookResult;
import io.cloudua.sip.LegAction;
import io.cloudua.sip.sdp.SdpCrypto;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call bridged between a SIP leg and a device: its identities (sessionId, traceId, replyId, participant
 * ids), its ordered webhooks, and the single outcome line logged when it ends.
 */
public abstract class Call {
    private static final Logger LOG = LoggerFactory.getLogger("io.cloudua.calls");

    public enum Direction { INBOUND, OUTBOUND }

    protected final CallContext ctx;
    private final Direction direction;
    private final String domain;
    private final String sessionId = uuid();
    private final String traceId = uuid();
    private final String connectionId = uuid();
    private final String callerParticipantId = uuid();
    private final String calleeParticipantId = uuid();
    private final String replyId;
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private final String callbackBaseUrl;
    private final AtomicBoolean ended = new AtomicBoolean();
    protected final CallEventQueue events;
    protected volatile JsonNode sessionReferenceId;
    protected volatile boolean answered;

    protected Call(CallContext ctx, Direction direction, String domain, String sipCallId, String callbackBaseUrl,
                   JsonNode sessionReferenceId) {
        this.ctx = ctx;
        this.direction = direction;
        this.domain = domain;
        this.callbackBaseUrl = callbackBaseUrl;
        this.sessionReferenceId = sessionReferenceId;
        this.startedAt = ctx.clock().instant();
        this.replyId = ctx.tokens().mintReplyId(domain, sessionId, ctx.nodeId(), ctx.replyIdTtl());
        this.events = new CallEventQueue(ctx.webhooks(), domain, this::sipCallId, traceId);
        ctx.metrics().started(direction);
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    public Direction direction() { return direction; }
    public String domain() { return domain; }
    public String sessionId() { return sessionId; }
    public String traceId() { return traceId; }
    public String replyId() { return replyId; }
    public String connectionId() { return connectionId; }
    public String callerParticipantId() { return callerParticipantId; }
    public String calleeParticipantId() { return calleeParticipantId; }
    public boolean isAnswered() { return answered; }
    public abstract String sipCallId();

    /** Ends the call from the device's side: busy before answer (inbound), CANCEL or BYE (outbound). */
    public abstract LegAction hangup();

    protected CompletableFuture<WebhookResult> emit(String event, Supplier<Object> payload) {
        if ("callAnswered".equals(event)) {
            ctx.metrics().answered(direction, sinceStart());
        }
        CompletableFuture<WebhookResult> delivery = events.enqueue(callbackBaseUrl, event, payload);
        if ("newRemoteCall".equals(event)) {
            delivery.thenAccept(result -> {
                if (result.sentAtNanos() != 0) {
                    ctx.metrics().webhookSent(Duration.ofNanos(result.sentAtNanos() - startedNanos));
                }
                if (result.delivered()) {
                    ctx.metrics().announced(sinceStart());
                }
            });
        }
        return delivery;
    }

    /** Time since the call's INVITE was received (inbound) or about to be sent (outbound). */
    private Duration sinceStart() {
        return Duration.between(startedAt, ctx.clock().instant());
    }

    /** Called once when the SIP leg is over: queue the last webhook, forget the call, log the outcome. */
    protected final void finish(String outcome, int sipStatus, String lastEvent, Supplier<Object> payload) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        if (lastEvent != null) {
            emit(lastEvent, payload);
        }
        ctx.registry().remove(this);
        onFinished();
        Duration duration = sinceStart();
        CallOutcome classified = CallOutcome.classify(answered, outcome, sipStatus);
        LogLine.of("call ended").with("callId", sipCallId()).with("traceId", traceId)
                .with("sessionId", sessionId).with("direction", direction.name().toLowerCase()).with("domain", domain)
                .with("outcome", outcome).with("result", classified.kind().label()).with("sipStatus", sipStatus)
                .with("durationMs", duration.toMillis()).info(LOG);
        ctx.metrics().ended(direction, classified, duration);
    }

    /** Cancels timers and the like; called once when the call ends. */
    protected void onFinished() { }

    public boolean isEnded() {
        return ended.get();
    }

    /** Completes when every webhook queued so far has been tried (for tests and graceful shutdown). */
    public CompletableFuture<WebhookResult> webhooksDrained() {
        return events.drained();
    }

    static List<Crypto> toApi(List<SdpCrypto> cryptos) {
        return cryptos == null || cryptos.isEmpty() ? null
                : cryptos.stream().map(c -> new Crypto(c.suite(), c.tag(), c.keyParams())).toList();
    }

    static List<SdpCrypto> toSdp(List<Crypto> cryptos) {
        return cryptos == null ? List.of()
                : cryptos.stream().map(c -> new SdpCrypto(c.id(), c.suite(), c.config())).toList();
    }
}
