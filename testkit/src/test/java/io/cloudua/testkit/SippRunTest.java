package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process handling of {@link Sipp} and {@link SippRun}: readiness, timeouts, kills, reports.
 *
 * <p>Why: a fixture that can hang a build or leak a process is worse than none; these are the
 * ways a SIPp run ends other than by passing.
 */
class SippRunTest {

  @BeforeAll
  static void sipp() {
    Sipp.assumeAvailable();
  }

  @Test
  void serverRunListensOnItsPortWhenStartReturns() {
    try (SippRun run = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer")))) {
      assertTrue(run.localPort() > 0);
      assertTrue(PortProbe.listening("127.0.0.1", run.localPort(), false));
      assertTrue(run.isAlive());
    }
  }

  @Test
  void tcpServerRunListensOnItsPort() {
    try (SippRun run = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer")).withTransport("t1"))) {
      assertTrue(PortProbe.listening("127.0.0.1", run.localPort(), true));
    }
  }

  @Test
  void sippsOwnTimeoutIsReportedAsTimedOut() {
    SippOptions lonely = SippOptions.uas(Sipp.scenario("uas-answer")).withTimeout(Duration.ofSeconds(1));
    try (SippRun run = Sipp.start(lonely)) {
      SippResult r = run.await(Duration.ofSeconds(15));

      assertTrue(r.timedOut(), r::describe);
      assertFalse(r.passed());
      assertTrue(r.errors().contains("timed out"), r::describe);
      assertTrue(r.describe().contains("timedOut=true"), r::describe);
    }
  }

  @Test
  void awaitKillsARunThatOutlivesTheWait() {
    try (SippRun run = Sipp.start(SippOptions.uas(Sipp.scenario("uas-ring-forever")))) {
      long start = System.nanoTime();
      SippResult r = run.await(Duration.ofMillis(300));

      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
      assertTrue(r.timedOut());
      assertFalse(run.isAlive());
      assertSame(r, run.await(Duration.ofSeconds(1)), "await is idempotent");
      assertTrue(r.successfulCalls() <= 0, "no call succeeded");
    }
  }

  @Test
  void closeKillsTheProcess() {
    SippRun run = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer")));
    ProcessHandle handle = ProcessHandle.of(run.pid()).orElseThrow();
    run.close();
    assertFalse(handle.isAlive());
    assertFalse(run.isAlive());
  }

  @Test
  void fatalStartupErrorIsExplainedByTheConsole() {
    SippOptions bad = SippOptions.uas(Sipp.scenario("uas-answer")).withVar("nosuchvar", "1");
    try (SippRun run = Sipp.start(bad)) {
      SippResult r = run.await(Duration.ofSeconds(10));

      assertFalse(r.passed());
      assertNotEquals(0, r.exitCode());
      assertTrue(r.describe().contains("nosuchvar"), r::describe);
    }
  }

  @Test
  void runDirectoryKeepsCommandAndTraces() throws Exception {
    SippPair pair = SippPair.run(Sipp.uasRejecting(486), Sipp.uacExpectingFinal(486), "u1").assertPassed();
    assertTrue(pair.uac().messages().contains("SIP/2.0 486 Busy Here"));
    assertTrue(pair.uac().stdout().contains("Successful call"));
    try (SippRun run = Sipp.start(SippOptions.uas(Sipp.uasRejecting(486)))) {
      String cmd = Files.readString(run.directory().resolve("command.txt"));
      assertTrue(cmd.contains("-timeout_error") && cmd.contains("-nostdin") && !cmd.contains("-bg"), cmd);
    }
  }

  @Test
  void generatedScenariosRejectNonFinalOrSuccessStatuses() {
    assertThrows(IllegalArgumentException.class, () -> Sipp.uacExpectingFinal(200));
    assertThrows(IllegalArgumentException.class, () -> Sipp.uasRejecting(180));
    assertThrows(IllegalArgumentException.class, () -> Sipp.scenario("no-such-scenario"));
  }

  @Test
  void generatedScenarioIsCachedPerStatus() throws Exception {
    assertEquals(Sipp.uasRejecting(503), Sipp.uasRejecting(503));
    String xml = Files.readString(Sipp.uasRejecting(503));
    assertTrue(xml.contains("SIP/2.0 503 Service Unavailable"), xml);
    assertFalse(xml.contains("@STATUS@"));
  }
}
