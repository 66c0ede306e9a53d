package io.cloudua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes sure no SIPp process outlives its test, and owns the testkit's temp directory.
 *
 * <p>Why: a SIPp whose call is stuck does not always stop at its own {@code -timeout} (seen
 * with a UAC waiting for a response that never comes), and a test that fails before
 * {@code close()} would leave it running, holding its port and spinning a CPU. So every
 * process is registered here: a watchdog kills it a little after its timeout, and a JVM
 * shutdown hook kills whatever is still alive. Temp files (scenario copies, traces) live in
 * one directory per JVM, deleted at exit unless {@code -Dcloudua.testkit.keep=true}.
 */
final class SippReaper {
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sipp-watchdog");
    t.setDaemon(true);
    return t;
  });
  private static volatile Path root;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(SippReaper::reapAll, "sipp-reaper"));
  }

  private SippReaper() {}

  static void register(Process p) {
    LIVE.add(p);
    p.onExit().thenRun(() -> LIVE.remove(p));
  }

  static ScheduledFuture<?> killAfter(Duration delay, Runnable kill) {
    return WATCHDOG.schedule(kill, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** SIGTERM, then SIGKILL if the process has not gone after a grace period. */
  static void kill(Process p) {
    p.destroy();
    try {
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The per-JVM temp directory of the testkit. */
  static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("cloudua-testkit-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create testkit temp directory", e);
      }
    }
    return root;
  }

  static Path newDirectory(String prefix) {
    try {
      return Files.createTempDirectory(root(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run directory", e);
    }
  }

  private static void reapAll() {
    for (Process p : LIVE) {
      p.destroyForcibly();
    }
    Path dir = root;
    if (dir != null && !Boolean.getBoolean("cloudua.testkit.keep")) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // best effort at JVM exit
      }
    }
  }
}
