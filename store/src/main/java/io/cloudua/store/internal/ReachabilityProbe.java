package io.cloudua.store.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers "is the database reachable?" within a fixed time, for readiness probes. Borrowing a
 * connection from a starved pool or a half-dead server can block for the full connection
 * timeout; a probe that blocks longer than the orchestrator's probe timeout is worse than a
 * quick "no". The check runs on one daemon thread and the caller waits at most
 * {@code timeout}; a check still running is reused by the next call instead of stacking up.
 */
public final class ReachabilityProbe implements AutoCloseable {
    private final Callable<Boolean> check;
    private final Duration timeout;
    private final ExecutorService executor;
    private Future<Boolean> inFlight;

    public ReachabilityProbe(Callable<Boolean> check, Duration timeout, String threadName) {
        this.check = check;
        this.timeout = timeout;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** True if the check returned true within the timeout; false on timeout or failure. */
    public boolean probe() {
        Future<Boolean> future;
        try {
            future = current();
        } catch (RejectedExecutionException closed) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Future<Boolean> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = executor.submit(check);
        }
        return inFlight;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
