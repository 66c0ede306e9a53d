package io.cloudua.gateway.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Lockouts by address and by user name, with a clock the test moves. */
class DigestThrottleTest {
    private final AtomicLong now = new AtomicLong(-1_000_000_000_000L);
    private final DigestThrottle throttle = new DigestThrottle(3, Duration.ofSeconds(60), Duration.ofSeconds(300), 100, now::get);

    private static InetAddress ip(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void anAddressIsLockedOutAfterMaxFailuresWithinTheWindow() throws Exception {
        assertThat(throttle.refuses(ip(1), "d", "alice")).isFalse();
        throttle.failed(ip(1), "d", "u1");
        throttle.failed(ip(1), "d", "u2");
        assertThat(throttle.refuses(ip(1), "d", "u3")).isFalse();
        throttle.failed(ip(1), "d", "u3");
        assertThat(throttle.refuses(ip(1), "d", "anyone")).as("address locked, whatever the name").isTrue();
        assertThat(throttle.refuses(ip(2), "d", "anyone")).as("another address").isFalse();
        advance(Duration.ofSeconds(301));
        assertThat(throttle.refuses(ip(1), "d", "anyone")).as("lockout over").isFalse();
        assertThat(throttle.failedAttempts()).isEqualTo(3);
        assertThat(throttle.refusedAttempts()).isEqualTo(1);
    }

    @Test
    void aUserNameIsLockedOutFromEveryAddressWhetherOrNotItExists() throws Exception {
        for (int i = 1; i <= 3; i++) {
            throttle.failed(ip(i), "d", "ghost");
        }
        assertThat(throttle.refuses(ip(9), "d", "ghost")).isTrue();
        assertThat(throttle.refuses(ip(9), "d", "GHOST")).as("names compared without case").isTrue();
        assertThat(throttle.refuses(ip(9), "other", "ghost")).as("another realm").isFalse();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLockOut() throws Exception {
        throttle.failed(ip(1), "d", "alice");
        throttle.failed(ip(1), "d", "alice");
        advance(Duration.ofSeconds(61));
        throttle.failed(ip(1), "d", "alice");
        assertThat(throttle.refuses(ip(1), "d", "alice")).isFalse();
    }

    @Test
    void successForgivesTheUserNotTheAddress() throws Exception {
        throttle.failed(ip(1), "d", "alice");
        throttle.failed(ip(1), "d", "alice");
        throttle.succeeded("d", "alice");
        throttle.failed(ip(2), "d", "alice");
        assertThat(throttle.refuses(ip(3), "d", "alice")).isFalse();
        throttle.failed(ip(1), "d", "bob");
        assertThat(throttle.refuses(ip(1), "d", "carol")).as("three failures from ip 1").isTrue();
    }

    @Test
    void offNeverRefusesButStillCounts() throws Exception {
        DigestThrottle off = DigestThrottle.off();
        for (int i = 0; i < 100; i++) {
            off.failed(ip(1), "d", "alice");
        }
        assertThat(off.refuses(ip(1), "d", "alice")).isFalse();
        assertThat(off.failedAttempts()).isEqualTo(100);
    }

    @Test
    void memoryIsBounded() throws Exception {
        DigestThrottle small = new DigestThrottle(1, Duration.ofSeconds(60), Duration.ofSeconds(300), 4, now::get);
        for (int i = 0; i < 1000; i++) {
            small.failed(ip(i % 250), "d", "user" + i);
        }
        assertThat(small.refuses(ip(1), "d", "user1")).as("long forgotten").isFalse();
        assertThat(small.refuses(ip(999 % 250), "d", "user999")).as("just seen").isTrue();
    }
}
