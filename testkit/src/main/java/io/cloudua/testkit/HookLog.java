package io.cloudua.testkit;

import io.cloudua.testkit.WebhookRecorder.Hook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The append-only list of received hooks that {@link WebhookRecorder} waits on.
 *
 * <p>Why separate: waiting must see hooks that arrived before the wait began, must not miss
 * one that arrives during it, and must explain itself on timeout. One monitor guards the list;
 * every arrival wakes all waiters, who rescan.
 */
final class HookLog {
  private static final int MAX_BODY_CHARS = 400;

  private final List<Hook> hooks = new ArrayList<>();
  private final List<Throwable> failures;

  /** {@code failures}: a live, thread-safe list of onHook action failures, shown on timeout. */
  HookLog(List<Throwable> failures) {
    this.failures = failures;
  }

  synchronized void add(Hook hook) {
    hooks.add(hook);
    notifyAll();
  }

  synchronized void wakeUp() {
    notifyAll();
  }

  synchronized List<Hook> all() {
    return List.copyOf(hooks);
  }

  /** Waits for at least {@code n} hooks matching {@code p}; returns all that match. */
  synchronized List<Hook> awaitMatching(Predicate<Hook> p, int n, Duration max, String what) {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      List<Hook> found = hooks.stream().filter(p).toList();
      if (found.size() >= n) {
        return found;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("timed out after " + max.toMillis() + " ms waiting for " + what
            + " (" + found.size() + " matched); received:" + describe());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  private String describe() {
    StringBuilder b = new StringBuilder();
    if (hooks.isEmpty()) {
      b.append(" (nothing)");
    }
    for (Hook h : hooks) {
      String body = String.valueOf(h.body());
      if (body.length() > MAX_BODY_CHARS) {
        body = body.substring(0, MAX_BODY_CHARS) + "...";
      }
      b.append("\n  ").append(h.receivedAt()).append(' ').append(h.event()).append(' ').append(body);
    }
    for (Throwable t : failures) {
      b.append("\n  onHook action failed: ").append(t);
    }
    return b.toString();
  }
}
