package io.cloudua.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket with a moved clock, no sleeping. */
class TokenRateLimitTest {
    private final AtomicLong now = new AtomicLong();

    @Test
    void burstThenRateThenRetryAfter() {
        TokenRateLimit limit = new TokenRateLimit(2, 3, 100, now::get);
        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isEqualTo(1);
        assertThat(limit.acquire("b")).as("own bucket").isZero();
        now.addAndGet(500_000_000L);   // half a second: one request's worth at 2/s
        assertThat(limit.acquire("a")).isZero();
        assertThat(limit.acquire("a")).isEqualTo(1);
    }

    @Test
    void idleFullBucketsAreDroppedBeyondTheBound() {
        TokenRateLimit limit = new TokenRateLimit(1000, 1, 2, now::get);
        limit.acquire("a");
        limit.acquire("b");
        now.addAndGet(1_000_000_000L);
        assertThat(limit.acquire("c")).isZero();
        assertThat(limit.acquire("a")).as("a fresh bucket").isZero();
    }
}
