package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.SourceRateLimit;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-source token bucket, with a clock the test moves. */
class SourceRateLimiterTest {
    private final AtomicLong now = new AtomicLong(-5_000_000_000L);  // nanoTime may be negative
    private final SourceRateLimiter limiter = new SourceRateLimiter(new SourceRateLimit(2, 3, 2), now::get);

    private static InetAddress ip(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
    }

    private void advanceMillis(long ms) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    @Test
    void aQuietSourceMaySendItsBurstThenOnlyTheRate() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(ip(1)).allowed()).as("burst request %d", i).isTrue();
        }
        SourceRateLimiter.Verdict refused = limiter.acquire(ip(1));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        advanceMillis(499);
        assertThat(limiter.acquire(ip(1)).allowed()).as("half a token").isFalse();
        advanceMillis(2);
        assertThat(limiter.acquire(ip(1)).allowed()).as("one token after 500 ms at 2/s").isTrue();
        assertThat(limiter.refused()).isEqualTo(2);
    }

    @Test
    void sourcesAreCountedApart() throws Exception {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(ip(1));
        }
        assertThat(limiter.acquire(ip(1)).allowed()).isFalse();
        assertThat(limiter.acquire(ip(2)).allowed()).isTrue();
    }

    @Test
    void memoryIsBoundedToMaxSources() throws Exception {
        for (int i = 1; i <= 50; i++) {
            limiter.acquire(ip(i));
        }
        assertThat(limiter.trackedSources()).isEqualTo(2);
    }

    @Test
    void aFullBucketNeverGrowsBeyondTheBurst() throws Exception {
        limiter.acquire(ip(1));
        advanceMillis(60_000);
        int allowed = 0;
        while (limiter.acquire(ip(1)).allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(3);
    }

    @Test
    void offAllowsEverything() throws Exception {
        SourceRateLimiter off = new SourceRateLimiter(SourceRateLimit.OFF, now::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(off.acquire(ip(1)).allowed()).isTrue();
        }
        assertThat(off.trackedSources()).isZero();
    }
}
