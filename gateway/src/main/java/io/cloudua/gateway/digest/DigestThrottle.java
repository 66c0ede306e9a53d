package io.cloudua.gateway.digest;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Makes password guessing over SIP digest pointless: after {@code maxFailures} failed attempts within
 * {@code window}, from one source address or for one user name of a realm, further attempts from that
 * address or for that user are refused for {@code lockout} without being checked.
 *
 * <p>Why refused with the same 403 a wrong password gets, not 503: the guesser cannot tell it has been
 * locked out, so it keeps paying for attempts that can no longer succeed, even with the right password.
 * Why by user name whether or not the user exists: counting only real users would answer differently for
 * real and made-up names, which is the enumeration this must not allow. The price is that a guesser can
 * lock a real user out for a while; the address lockout stops the same guesser first.
 *
 * <p>Bounded: at most {@code maxTracked} addresses and user names are remembered, the least recently used
 * forgotten first. The clock is injected (nanoseconds) so tests move time instead of sleeping. Counts
 * failures and refusals for metrics ({@link #failedAttempts()}, {@link #refusedAttempts()}).
 */
public final class DigestThrottle {
    private static final int MAX_USER_KEY = 128;

    private static final class Entry {
        int failures;
        long windowStart;
        boolean locked;
        long lockedUntil;
    }

    private final int maxFailures;
    private final long windowNanos;
    private final long lockoutNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> entries;
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** @param maxFailures 0 turns the throttle off (failures are still counted) */
    public DigestThrottle(int maxFailures, Duration window, Duration lockout, int maxTracked, LongSupplier nanoClock) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.lockoutNanos = lockout.toNanos();
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** Never refuses: for gateways and tests without a throttle. */
    public static DigestThrottle off() {
        return new DigestThrottle(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, System::nanoTime);
    }

    /** True when this attempt must be refused unchecked; counted as refused. Source may be null (unknown). */
    public boolean refuses(InetAddress source, String realm, String user) {
        if (maxFailures == 0) {
            return false;
        }
        long now = nanoClock.getAsLong();
        boolean blocked;
        synchronized (entries) {
            blocked = blockedAt(sourceKey(source), now) || blockedAt(userKey(realm, user), now);
        }
        if (blocked) {
            refused.incrementAndGet();
        }
        return blocked;
    }

    /** Records a failed attempt (wrong password or unknown user) against the address and the user name. */
    public void failed(InetAddress source, String realm, String user) {
        failed.incrementAndGet();
        if (maxFailures == 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        synchronized (entries) {
            count(sourceKey(source), now);
            count(userKey(realm, user), now);
        }
    }

    /** A correct password: the user's earlier failures are forgiven (the address's are not). */
    public void succeeded(String realm, String user) {
        synchronized (entries) {
            entries.remove(userKey(realm, user));
        }
    }

    /** Failed attempts so far (monotonic, for metrics). */
    public long failedAttempts() {
        return failed.get();
    }

    /** Attempts refused unchecked by a lockout so far (monotonic, for metrics). */
    public long refusedAttempts() {
        return refused.get();
    }

    private boolean blockedAt(String key, long now) {
        Entry e = key == null ? null : entries.get(key);
        return e != null && e.locked && e.lockedUntil - now > 0;
    }

    private void count(String key, long now) {
        if (key == null) {
            return;
        }
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        if (e.failures == 0 || now - e.windowStart > windowNanos) {
            e.failures = 0;
            e.windowStart = now;
        }
        if (++e.failures >= maxFailures) {
            e.locked = true;
            e.lockedUntil = now + lockoutNanos;
            e.failures = 0;
        }
    }

    private static String sourceKey(InetAddress source) {
        return source == null ? null : "a:" + source.getHostAddress();
    }

    private static String userKey(String realm, String user) {
        if (user == null) {
            return null;
        }
        String key = "u:" + realm + ":" + user.toLowerCase(Locale.ROOT);
        return key.length() > MAX_USER_KEY ? key.substring(0, MAX_USER_KEY) : key;
    }
}
