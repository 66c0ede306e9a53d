package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading SIPp's report files into a {@link SippResult}, and the result's verdict and summary.
 *
 * <p>Why: the samples are copied from SIPp 3.6 output, so a format change shows up here rather
 * than as wrong call counts in a gateway test.
 */
class SippReportsTest {
  @TempDir Path dir;

  @Test
  void countsComeFromTheLastStatsRow() throws Exception {
    Files.writeString(dir.resolve(SippCommand.STATS),
        "StartTime;TotalCallCreated;SuccessfulCall(P);SuccessfulCall(C);FailedCall(P);FailedCall(C);\n"
            + "t0;0;0;0;0;0;\n"
            + "t1;5;1;4;0;1;\n");
    assertArrayEquals(new long[] {4, 1}, SippReports.countsFromStats(dir.resolve(SippCommand.STATS)));
    assertNull(SippReports.countsFromStats(dir.resolve("missing.csv")));
  }

  @Test
  void countsFallBackToTheLastScreen() throws Exception {
    String screen = "  Successful call        |        0                  |        0        \n"
        + "  Failed call            |        0                  |        0        \n"
        + "  Successful call        |        0                  |        2        \n"
        + "  Failed call            |        1                  |        1        \n";
    Files.writeString(dir.resolve(SippCommand.SCREEN), screen);
    SippResult r = SippReports.read(dir, 1, false);

    assertEquals(2, r.successfulCalls());
    assertEquals(1, r.failedCalls());
    assertFalse(r.passed());
  }

  @Test
  void missingFilesGiveUnknownCountsAndEmptyTexts() {
    SippResult r = SippReports.read(dir, 0, true);
    assertEquals(-1, r.successfulCalls());
    assertEquals("", r.messages());
    assertTrue(r.timedOut());
  }

  @Test
  void timeoutInTheErrorLogMarksTheResultTimedOut() throws Exception {
    Files.writeString(dir.resolve(SippCommand.ERRORS), "2026-01-01 x: uas timed out after '2.000' seconds");
    assertTrue(SippReports.read(dir, 255, false).timedOut());
  }

  @Test
  void longFilesAreReadFromTheirEnd() throws Exception {
    Path f = dir.resolve("big.log");
    Files.writeString(f, "a".repeat(100) + "TAIL");
    String tail = SippReports.tail(f, 10);
    assertTrue(tail.endsWith("aaaaaaTAIL"), tail);
    assertTrue(tail.startsWith("[... 94 bytes cut ...]"), tail);
  }

  @Test
  void describeShowsErrorsAndTheLast60TraceLines() {
    String trace = IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    SippResult r = new SippResult(1, false, 0, 1, "console", "Aborting call on unexpected message", trace);
    String d = r.describe();

    assertTrue(d.contains("FAILED") && d.contains("exit=1") && d.contains("failed=1"), d);
    assertTrue(d.contains("Aborting call on unexpected message"), d);
    assertTrue(d.contains("line 41\n") && d.contains("line 100"), d);
    assertFalse(d.contains("line 40\n"), d);
    assertFalse(r.toString().contains("line 100"), "toString stays short");
  }

  @Test
  void passedNeedsExitZeroNoTimeoutAndNoFailedCall() {
    assertTrue(new SippResult(0, false, 1, 0, "", "", "").passed());
    assertFalse(new SippResult(0, true, 1, 0, "", "", "").passed());
    assertFalse(new SippResult(1, false, 1, 0, "", "", "").passed());
    assertFalse(new SippResult(0, false, 1, 2, "", "", "").passed());
  }
}
