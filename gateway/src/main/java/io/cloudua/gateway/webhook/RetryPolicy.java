package io.cloudua.gateway.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a webhook again: on no response (connection refused, reset, timeout) and on 5xx, at most
 * {@code attempts} tries in all, waiting {@code baseDelay * 2^n} (n = 0 after the first failure) with
 * +-{@code jitter} of it at random, so receivers coming back after an outage are not hit by every node in
 * lockstep. 4xx is final: the receiver understood and refused. Retries stop early when the next try could
 * not finish within {@code budget} of the first one (newRemoteCall must be decided before the caller gives up).
 *
 * @param attempts  tries per event, at least 1 (1 = no retry)
 * @param baseDelay the first wait
 * @param jitter    fraction of each wait added or removed at random, 0-1
 * @param budget    the longest time from the first try to the start of the last one's end
 */
public record RetryPolicy(int attempts, Duration baseDelay, double jitter, Duration budget) {
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 0, Duration.ofDays(1));
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), 0.2, Duration.ofSeconds(60));

    public RetryPolicy {
        if (attempts < 1 || baseDelay.isNegative() || jitter < 0 || jitter > 1 || budget.isNegative()) {
            throw new IllegalArgumentException("invalid webhook retry policy");
        }
    }

    public RetryPolicy withBudget(Duration budget) {
        return new RetryPolicy(attempts, baseDelay, jitter, budget);
    }

    /** True when a delivery that ended like this may be tried again. */
    public static boolean retryable(WebhookResult result) {
        return result.status() == 0 || result.status() >= 500;
    }

    /** The wait before try number {@code next} (2 = the first retry). */
    public Duration delayBefore(int next) {
        long base = baseDelay.toMillis() << Math.min(next - 2, 20);
        long spread = Math.round(base * jitter);
        long jittered = spread == 0 ? base : base + ThreadLocalRandom.current().nextLong(-spread, spread + 1);
        return Duration.ofMillis(Math.max(0, jittered));
    }

    /** True when try {@code next}, started after {@code delay} and lasting up to {@code timeout}, stays within the budget. */
    public boolean mayTry(int next, Duration elapsed, Duration delay, Duration timeout) {
        return next <= attempts && elapsed.plus(delay).plus(timeout).compareTo(budget) <= 0;
    }
}
