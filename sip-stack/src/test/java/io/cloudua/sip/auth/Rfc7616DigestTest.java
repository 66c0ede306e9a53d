package io.cloudua.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** RFC 7616 3.9.1 example (Mufasa / Circle of Life) for SHA-256 and MD5, plus our nonce and replay rules. */
class Rfc7616DigestTest {
    private static final String REALM = "http-auth@example.org";
    private static final DigestCredentials MUFASA = new DigestCredentials("Mufasa", REALM,
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "/dir/index.html", null, null, "auth", "00000001",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", null);

    @Test
    void sha256ResponseOfSection391() {
        String ha1 = DigestAlgorithm.SHA_256.hash("Mufasa:" + REALM + ":Circle of Life");
        assertThat(DigestAlgorithm.SHA_256.response(ha1, "GET", MUFASA))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void md5ResponseOfSection391() {
        String ha1 = DigestAlgorithm.MD5.hash("Mufasa:" + REALM + ":Circle of Life");
        assertThat(DigestAlgorithm.MD5.response(ha1, "GET", MUFASA)).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void algorithmNames() {
        assertThat(DigestAlgorithm.of(null)).contains(DigestAlgorithm.MD5);
        assertThat(DigestAlgorithm.of("sha-256")).contains(DigestAlgorithm.SHA_256);
        assertThat(DigestAlgorithm.of("SHA-512-256")).isEmpty();
    }

    @Test
    void noncesAreValidThenStaleAndCannotBeForgedOrMoved() {
        MutableClock clock = new MutableClock();
        DigestNonces nonces = new DigestNonces(new byte[32], clock, Duration.ofMinutes(5));
        String nonce = nonces.mint("mydomain");
        assertThat(nonces.check(nonce, "mydomain")).isEqualTo(DigestNonces.Check.VALID);
        assertThat(nonces.check(nonce, "otherdomain")).isEqualTo(DigestNonces.Check.INVALID);
        assertThat(nonces.check(nonce.substring(0, nonce.length() - 2) + "AA", "mydomain")).isEqualTo(DigestNonces.Check.INVALID);
        assertThat(nonces.check("garbage!", "mydomain")).isEqualTo(DigestNonces.Check.INVALID);
        assertThat(new DigestNonces(new byte[] {1}, clock, Duration.ofMinutes(5)).check(nonce, "mydomain"))
                .isEqualTo(DigestNonces.Check.INVALID);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(nonces.check(nonce, "mydomain")).isEqualTo(DigestNonces.Check.STALE);
    }

    @Test
    void nonceCountsMustGrow() {
        NonceCountGuard guard = new NonceCountGuard(2);
        assertThat(guard.accept("n1", "00000001")).isTrue();
        assertThat(guard.accept("n1", "00000001")).isFalse();
        assertThat(guard.accept("n1", "00000002")).isTrue();
        assertThat(guard.accept("n2", null)).isTrue();
        assertThat(guard.accept("n2", null)).isFalse();
        assertThat(guard.accept("n3", "zz")).isFalse();
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
