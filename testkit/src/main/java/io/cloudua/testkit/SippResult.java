package io.cloudua.testkit;

/**
 * The outcome of one SIPp process, with the traces needed to explain a failure.
 *
 * <p>Why: a failing integration test must say what SIPp saw, not just "exit code 1". The
 * result keeps SIPp's console output, its error log ({@code -trace_err}) and its message trace
 * ({@code -trace_msg}); {@link #describe()} condenses them for an assertion message.
 *
 * @param exitCode        SIPp's exit code: 0 every call succeeded, 1 at least one failed,
 *                        97 stopped by an internal command, 99 no call processed, 255/254
 *                        fatal (bad scenario, cannot bind); 137/143 when killed
 * @param timedOut        SIPp's global timeout was reached, or the process had to be killed
 * @param successfulCalls cumulative successful calls, -1 when SIPp did not report them
 * @param failedCalls     cumulative failed calls, -1 when SIPp did not report them
 * @param stdout          console output (stdout and stderr), at most the last 1 MiB
 * @param errors          the {@code -trace_err} file, at most the last 1 MiB
 * @param messages        the {@code -trace_msg} file, at most the last 1 MiB
 */
public record SippResult(
    int exitCode,
    boolean timedOut,
    long successfulCalls,
    long failedCalls,
    String stdout,
    String errors,
    String messages) {

  private static final int MESSAGE_LINES = 60;
  private static final int STDOUT_LINES = 25;

  /** Every call succeeded and SIPp finished by itself. */
  public boolean passed() {
    return exitCode == 0 && !timedOut && failedCalls == 0;
  }

  /** The message trace, parsed. */
  public SipTrace trace() {
    return SipTrace.parse(messages);
  }

  /** One line; the traces are left out (see {@link #describe()}). */
  @Override
  public String toString() {
    return "SippResult[exit=" + exitCode + ", timedOut=" + timedOut + ", successful="
        + successfulCalls + ", failed=" + failedCalls + "]";
  }

  /** A human summary for assertion messages. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append("sipp ").append(passed() ? "passed" : "FAILED")
        .append(": exit=").append(exitCode)
        .append(", timedOut=").append(timedOut)
        .append(", successful=").append(successfulCalls)
        .append(", failed=").append(failedCalls).append('\n');
    if (!errors.isBlank()) {
      b.append("--- errors (-trace_err) ---\n").append(errors.strip()).append('\n');
    }
    if (!passed() && (errors.isBlank() || exitCode > 1)) {
      b.append("--- console (last ").append(STDOUT_LINES).append(" lines) ---\n")
          .append(SippReports.lastLines(stdout.strip(), STDOUT_LINES)).append('\n');
    }
    b.append("--- messages (last ").append(MESSAGE_LINES).append(" lines of -trace_msg) ---\n");
    b.append(messages.isBlank() ? "(none)" : SippReports.lastLines(messages.strip(), MESSAGE_LINES));
    return b.toString();
  }
}
