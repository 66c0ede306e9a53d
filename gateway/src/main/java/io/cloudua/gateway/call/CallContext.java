package io.cloudua.gateway.call;

import io.cloudua.api.token.JwtCodec;
import io.cloudua.gateway.webhook.WebhookClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every call needs from the gateway, handed over once instead of through singletons.
 *
 * @param ivrServer      our advertised address, reported as ivrServer in webhooks
 * @param nodeId         this node's name, written into replyIds
 * @param noAnswerTimeout how long a call may ring before it is given up
 * @param metrics        told when calls start, answer and end
 */
public record CallContext(CallRegistry registry, WebhookClient webhooks, ScheduledExecutorService timers, JwtCodec tokens,
                          String ivrServer, String nodeId, Duration noAnswerTimeout, Duration replyIdTtl, Clock clock,
                          CallMetrics metrics) {

    public CallContext {
        metrics = metrics == null ? CallMetrics.NOOP : metrics;
    }

    /** Without metrics. */
    public CallContext(CallRegistry registry, WebhookClient webhooks, ScheduledExecutorService timers, JwtCodec tokens,
                       String ivrServer, String nodeId, Duration noAnswerTimeout, Duration replyIdTtl, Clock clock) {
        this(registry, webhooks, timers, tokens, ivrServer, nodeId, noAnswerTimeout, replyIdTtl, clock, CallMetrics.NOOP);
    }
}
