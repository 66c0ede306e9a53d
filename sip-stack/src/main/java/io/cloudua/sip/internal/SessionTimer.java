package io.cloudua.sip.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * RFC 4028 session timer of one dialog. The refresher refreshes at half the interval (section 7.4); the other
 * side gives up and sends BYE when no refresh came by the interval minus min(32 s, interval / 3) (section 10).
 */
final class SessionTimer {
    private final ScheduledExecutorService timers;
    private final int intervalSeconds;
    private final boolean weRefresh;
    private final Runnable refresh;
    private final Runnable expire;
    private ScheduledFuture<?> pending;
    private boolean cancelled;

    SessionTimer(ScheduledExecutorService timers, int intervalSeconds, boolean weRefresh, Runnable refresh, Runnable expire) {
        this.timers = timers;
        this.intervalSeconds = intervalSeconds;
        this.weRefresh = weRefresh;
        this.refresh = refresh;
        this.expire = expire;
    }

    int intervalSeconds() {
        return intervalSeconds;
    }

    boolean weRefresh() {
        return weRefresh;
    }

    /** (Re)starts the interval: after the session started and after each successful refresh. */
    synchronized void restart() {
        if (cancelled) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long millis = weRefresh
                ? intervalSeconds * 500L
                : (intervalSeconds - Math.min(32, intervalSeconds / 3)) * 1000L;
        pending = timers.schedule(weRefresh ? refresh : expire, millis, TimeUnit.MILLISECONDS);
    }

    synchronized void cancel() {
        cancelled = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
