package io.cloudua.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a finished SIPp run left in its directory and builds the {@link SippResult}.
 *
 * <p>Why: SIPp reports through files, not through its exit code alone. Call counts come from
 * the statistics CSV ({@code -trace_stat}, last row, cumulative columns), or from the final
 * statistics screen ({@code -trace_screen}) when the CSV is missing. SIPp writes them at
 * start and when it exits, also on SIGTERM; after a SIGKILL the counts may be stale, and they
 * are -1 when nothing was written. Files are read from their end with a size cap, because a
 * load run can trace many megabytes of messages.
 */
final class SippReports {
  static final int MAX_TEXT = 1 << 20;
  private static final Pattern SCREEN_SUCCESS = Pattern.compile("Successful call\\s*\\|[^|]*\\|\\s*(\\d+)");
  private static final Pattern SCREEN_FAILED = Pattern.compile("Failed call\\s*\\|[^|]*\\|\\s*(\\d+)");

  private SippReports() {}

  static SippResult read(Path dir, int exitCode, boolean killed) {
    String errors = tail(dir.resolve(SippCommand.ERRORS), MAX_TEXT);
    long[] counts = countsFromStats(dir.resolve(SippCommand.STATS));
    if (counts == null) {
      counts = countsFromScreen(tail(dir.resolve(SippCommand.SCREEN), MAX_TEXT));
    }
    boolean timedOut = killed || errors.contains(" timed out after ");
    return new SippResult(exitCode, timedOut, counts[0], counts[1],
        tail(dir.resolve(SippCommand.STDOUT), MAX_TEXT), errors,
        tail(dir.resolve(SippCommand.MESSAGES), MAX_TEXT));
  }

  /** {successful, failed} from the last row of the -trace_stat CSV, or null. */
  static long[] countsFromStats(Path csv) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(csv)) {
        return null;
      }
      lines = Files.readAllLines(csv, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return null;
    }
    if (lines.size() < 2) {
      return null;
    }
    List<String> header = List.of(lines.get(0).split(";", -1));
    String[] last = lines.get(lines.size() - 1).split(";", -1);
    int ok = header.indexOf("SuccessfulCall(C)");
    int failed = header.indexOf("FailedCall(C)");
    if (ok < 0 || failed < 0 || last.length <= Math.max(ok, failed)) {
      return null;
    }
    try {
      return new long[] {Long.parseLong(last[ok].trim()), Long.parseLong(last[failed].trim())};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {successful, failed} from the last statistics screen; -1 where not found. */
  static long[] countsFromScreen(String screen) {
    return new long[] {lastNumber(SCREEN_SUCCESS, screen), lastNumber(SCREEN_FAILED, screen)};
  }

  private static long lastNumber(Pattern p, String text) {
    Matcher m = p.matcher(text);
    long value = -1;
    while (m.find()) {
      value = Long.parseLong(m.group(1));
    }
    return value;
  }

  /** The last {@code max} bytes of a file as text; "" when absent. */
  static String tail(Path file, int max) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long length = f.length();
      long start = Math.max(0, length - max);
      byte[] buf = new byte[(int) (length - start)];
      f.seek(start);
      f.readFully(buf);
      String text = new String(buf, StandardCharsets.ISO_8859_1);
      return start == 0 ? text : "[... " + start + " bytes cut ...]\n" + text;
    } catch (IOException e) {
      return "";
    }
  }

  /** The last {@code n} lines of a text. */
  static String lastLines(String text, int n) {
    String[] lines = text.split("\r?\n", -1);
    int from = Math.max(0, lines.length - n);
    return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
  }
}
