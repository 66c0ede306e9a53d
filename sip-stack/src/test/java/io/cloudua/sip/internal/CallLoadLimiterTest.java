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
    void offLimitsNothing() {
        CallLoadLimiter limiter = new CallLoadLimiter(CallLimit.OFF, live::get, now::get);
        live.set(1_000_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.acquire().allowed()).isTrue();
        }
    }
}
