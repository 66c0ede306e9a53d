package io.cloudua.gateway.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call half of a graceful shutdown (SIGTERM): established calls may go on for a drain time, then
 * whatever is left is ended from our side (BYE after answer, CANCEL or 486 before), so every far end gets a
 * proper end of dialog and every device its callHungup, instead of both finding out from a timeout minutes
 * later. New calls must already be refused ({@link CallService#stopAccepting()}) before this runs.
 */
public final class CallDrain {
    private static final Logger LOG = LoggerFactory.getLogger("io.cloudua.calls");
    private static final Duration HANGUP_GRACE = Duration.ofSeconds(5);
    private static final Duration WEBHOOK_FLUSH = Duration.ofSeconds(10);

    private final CallRegistry registry;

    public CallDrain(CallRegistry registry) {
        this.registry = registry;
    }

    /**
     * Waits up to drainTimeout for the calls to end by themselves, hangs up the rest, waits for them to end
     * and for their last webhooks (callHungup) to be tried. Blocks the caller (the shutdown thread).
     *
     * @return how many calls were ended by the gateway
     */
    public int run(Duration drainTimeout) throws InterruptedException {
        LOG.info("draining: {} live calls, waiting up to {} s for them to end", registry.size(), drainTimeout.toSeconds());
        waitUntil(() -> registry.size() == 0, drainTimeout);
        List<Call> left = List.copyOf(registry.all());
        for (Call call : left) {
            call.hangup();
        }
        waitUntil(() -> left.stream().allMatch(Call::isEnded), HANGUP_GRACE);
        Instant flushDeadline = Instant.now().plus(WEBHOOK_FLUSH);
        for (Call call : left) {
            long ms = Math.max(1, Duration.between(Instant.now(), flushDeadline).toMillis());
            call.webhooksDrained().orTimeout(ms, TimeUnit.MILLISECONDS).exceptionally(e -> null).join();
        }
        if (!left.isEmpty()) {
            LOG.info("drain time over: ended {} calls", left.size());
        }
        return left.size();
    }

    private static void waitUntil(BooleanSupplier done, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        while (!done.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }
}
