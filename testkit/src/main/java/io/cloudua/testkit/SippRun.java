package io.cloudua.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A running SIPp process: its port, a way to wait for its verdict, and a guaranteed kill.
 *
 * <p>Why: a test needs the port of a server-mode SIPp to dial it, and must never hang on a
 * SIPp that waits for a message the gateway never sends. {@link #await} bounds the wait and
 * kills on expiry; independently, a watchdog kills the process a few seconds after the
 * {@link SippOptions#timeout()} it was started with, and a JVM shutdown hook kills it at the
 * latest (see {@link SippReaper}). Use it in try-with-resources.
 */
public final class SippRun implements AutoCloseable {
  /** How long after SIPp's own timeout the watchdog kills it. */
  static final Duration GRACE = Duration.ofSeconds(5);

  private final Process process;
  private final Path dir;
  private final int localPort;
  private final ScheduledFuture<?> watchdog;
  private volatile boolean killed;
  private SippResult result;

  SippRun(Process process, Path dir, int localPort, Duration timeout) {
    this.process = process;
    this.dir = dir;
    this.localPort = localPort;
    SippReaper.register(process);
    this.watchdog = SippReaper.killAfter(timeout.plus(GRACE), this::kill);
  }

  /** The port SIPp listens on, e.g. to dial a server scenario at sip:x@127.0.0.1:port. */
  public int localPort() {
    return localPort;
  }

  /** The directory holding this run's traces (errors.log, messages.log, stats.csv, ...). */
  public Path directory() {
    return dir;
  }

  /** True while the process runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The operating-system process id, for logs. */
  public long pid() {
    return process.pid();
  }

  /**
   * Waits up to {@code max} for SIPp to exit and reads its reports. If it is still running
   * then, it is killed and the result is marked timed out. Calling it again returns the same
   * result.
   */
  public synchronized SippResult await(Duration max) {
    if (result != null) {
      return result;
    }
    try {
      if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
    }
    watchdog.cancel(false);
    int exit = process.isAlive() ? -1 : process.exitValue();
    result = SippReports.read(dir, exit, killed);
    return result;
  }

  /** Kills SIPp if it is still running. */
  @Override
  public void close() {
    watchdog.cancel(false);
    if (process.isAlive()) {
      kill();
    }
  }

  private void kill() {
    if (process.isAlive()) {
      killed = true;
      SippReaper.kill(process);
    }
  }

  @Override
  public String toString() {
    return "SippRun[pid=" + process.pid() + ", port=" + localPort + ", dir=" + dir + "]";
  }
}
