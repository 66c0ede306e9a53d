package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.CallLimit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallLoadLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger live = new AtomicInteger();

    @Test
    void theRateIsOneBucketForTheNodeRefilledOverTime() {
        CallLoadLimiter limiter = new CallLoadLimiter(new CallLimit(10, 3, 0), live::get, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire().allowed()).isTrue();
        }
        SourceRateLimiter.Verdict refused = limiter.acquire();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));   // 10/s: one token back
        assertThat(limiter.acquire().allowed()).isTrue();
        assertThat(limiter.acquire().allowed()).isFalse();
        assertThat(limiter.refused()).isEqualTo(2);
    }

    @Test
    void aFullNodeRefusesUntilACallEnds() {
        CallLoadLimiter limiter = new CallLoadLimiter(new CallLimit(0, 1, 2), live::get, now::get);
        live.set(1);
        assertThat(limiter.acquire().allowed()).isTrue();
        live.set(2);
        SourceRateLimiter.Verdict full = limiter.acquire();
        assertThat(full.allowed()).isFalse();
        assertThat(full.retryAfterSeconds()).isEqualTo(CallLoadLimiter.FULL_RETRY_AFTER_SECONDS);
        live.set(1);
        assertThat(limiter.acquire().allowed()).isTrue();
        assertThat(limiter.refused()).isEqualTo(1);
    }

    @Test
    void earlyRefusalPeeksWithoutTakingAndWatchesTheBacklog() {
        CallLoadLimiter limiter = new CallLoadLimiter(new CallLimit(10, 2, 5), live::get, now::get);
        assertThat(limiter.refuseEarly(0)).isZero();
        assertThat(limiter.refuseEarly(0)).as("peeking takes no token").isZero();
        assertThat(limiter.acquire().allowed()).isTrue();
        assertThat(limiter.acquire().allowed()).isTrue();
        assertThat(limiter.refuseEarly(0)).as("bucket empty").isEqualTo(1);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(limiter.refuseEarly(CallLoadLimiter.BACKLOG_LIMIT)).as("worker behind").isEqualTo(1);
        assertThat(limiter.refuseEarly(CallLoadLimiter.BACKLOG_LIMIT - 1)).isZero();
        live.set(5);
        assertThat(limiter.refuseEarly(0)).as("node full").isEqualTo(CallLoadLimiter.FULL_RETRY_AFTER_SECONDS);
        assertThat(limiter.refused()).isEqualTo(3);
        CallLoadLimiter noRate = new CallLoadLimiter(new CallLimit(0, 1, 0), live::get, now::get);
        assertThat(noRate.refuseEarly(1_000_000)).as("no rate limit: no backlog guard either").isZero();
    }

    @Test
    void offLimitsNothing() {
        CallLoadLimiter limiter = new CallLoadLimiter(CallLimit.OFF, live::get, now::get);
        live.set(1_000_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.acquire().allowed()).isTrue();
        }
    }
}
